# bash completion for kg (installed by `meson install` as
# $datadir/bash-completion/completions/kg). Completes commands, queries, formats, options and
# the values of --type, --edge, --measure, --algorithm and --format; files elsewhere.

_kg()
{
    local cur prev words cword
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD

    case $prev in
    --db | -o | --output)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --data-dir)
        COMPREPLY=($(compgen -d -- "$cur"))
        return
        ;;
    --type | -t)
        COMPREPLY=($(compgen -W "person organisation party place event" -- "$cur"))
        return
        ;;
    --edge | -e)
        COMPREPLY=($(compgen -W "spoke-at affiliated-with discussed located-in" -- "$cur"))
        return
        ;;
    --measure | -m)
        COMPREPLY=($(compgen -W "degree weighted_degree pagerank betweenness eigenvector
                                 closeness harmonic" -- "$cur"))
        return
        ;;
    --algorithm | -a)
        COMPREPLY=($(compgen -W "leiden louvain labelprop" -- "$cur"))
        return
        ;;
    --format | -f)
        COMPREPLY=($(compgen -W "auto text html feed jsonl" -- "$cur"))
        return
        ;;
    esac

    # the command and, for query, export and help, the word after it (global options with a
    # value are skipped)
    local i cmd="" sub="" skip=0
    for ((i = 1; i < cword; i++)); do
        if ((skip)); then
            skip=0
            continue
        fi
        case ${words[i]} in
        --db | --data-dir) skip=1 ;;
        -*) ;;
        *)
            if [[ -z $cmd ]]; then
                cmd=${words[i]}
            elif [[ -z $sub ]]; then
                sub=${words[i]}
            fi
            ;;
        esac
    done

    local global="--db --data-dir -q --quiet -V --version -h --help"
    case $cmd in
    "")
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "build export query stats help" -- "$cur"))
        fi
        ;;
    help)
        [[ -z $sub ]] && COMPREPLY=($(compgen -W "build export query stats" -- "$cur"))
        [[ $sub == query ]] &&
            COMPREPLY=($(compgen -W "centrality communities entity neighbors path search" -- "$cur"))
        ;;
    build)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--format --max-bytes --force --help" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    export)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--output --help" -- "$cur"))
        elif [[ -z $sub ]]; then
            COMPREPLY=($(compgen -W "graphml json cytoscape gexf gexf1.3 csv" -- "$cur"))
        fi
        ;;
    stats)
        COMPREPLY=($(compgen -W "--json --help" -- "$cur"))
        ;;
    query)
        if [[ -z $sub ]]; then
            COMPREPLY=($(compgen -W "centrality communities entity neighbors path search" -- "$cur"))
            return
        fi
        local opts="--json --help"
        case $sub in
        centrality) opts="--measure --type -n --json --help" ;;
        communities) opts="--algorithm --resolution --level --json --help" ;;
        neighbors) opts="--depth --type --edge --evidence --json --help" ;;
        entity) opts="--documents --json --help" ;;
        esac
        [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        ;;
    esac
}
complete -F _kg kg
