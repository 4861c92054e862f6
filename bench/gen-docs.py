#!/usr/bin/env python3
"""gen-docs.py: distinct news-like documents recombined from the repository's real articles.

    bench/gen-docs.py [--seed S] [--sentences K] [--first I] N OUTDIR

Reads every article under examples/ and tests/data/*/ (the .txt files: first line the title,
then paragraphs), splits the bodies into sentences, and writes N documents OUTDIR/dNNNNNNN.txt.
Document i (numbered from --first, so a second call can extend a corpus) takes the title of a
random article, then runs of 1-3 consecutive sentences from random articles until it holds
about K sentences (default 12, about 280 words: the issue's "news document"), in paragraphs
of two runs. The random generator is seeded with S and i, so a document depends only on
(S, i, K); a document whose text was already written is drawn again, so all are distinct.
Names, places and organisations therefore recur across documents as they do in a news pile.
"""
import argparse
import hashlib
import pathlib
import random
import re
import sys

SPLIT = re.compile(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018(]?[A-Z0-9])')


def articles(root):
    files = sorted(root.glob('examples/*.txt')) + sorted(root.glob('tests/data/*/*.txt'))
    for f in files:
        lines = f.read_text(encoding='utf-8').splitlines()
        if not lines:
            continue
        title, body = lines[0].strip(), lines[1:]
        sentences = []
        for para in body:
            para = para.strip()
            if para:
                sentences.extend(s.strip() for s in SPLIT.split(para) if s.strip())
        if title and sentences:
            yield title, sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--sentences', type=int, default=12)
    ap.add_argument('--first', type=int, default=1)
    ap.add_argument('n', type=int)
    ap.add_argument('outdir')
    a = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    pool = list(articles(root))
    if not pool:
        sys.exit('gen-docs.py: no articles found')
    out = pathlib.Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    seen = set()
    for i in range(a.first, a.first + a.n):
        rng = random.Random(a.seed * 1000003 + i)
        while True:
            title = rng.choice(pool)[0]
            runs = []
            total = 0
            while total < a.sentences:
                sents = rng.choice(pool)[1]
                k = min(rng.randint(1, 3), len(sents), a.sentences - total)
                at = rng.randrange(len(sents) - k + 1)
                runs.append(' '.join(sents[at:at + k]))
                total += k
            paras = [' '.join(runs[j:j + 2]) for j in range(0, len(runs), 2)]
            text = title + '\n\n' + '\n\n'.join(paras) + '\n'
            h = hashlib.sha256(text.encode()).digest()
            if h not in seen:
                seen.add(h)
                break
        (out / ('d%07d.txt' % i)).write_text(text, encoding='utf-8')


if __name__ == '__main__':
    main()
