#!/usr/bin/env python3
"""bad_input: the bad-input corpus of issue 12, generated at test time (no binary blobs in
git) and run against the kg binary.

Each case is one or more hostile inputs placed in a directory beside a good article. kg
builds the directory and must, within a time limit and without a sanitizer report:
  - "error" cases: exit 1, one line on stderr per bad file naming it (escaped as kg prints
    it) besides the summary line, the good article stored;
  - "ok" cases: exit 0, the good article and the case's own documents stored;
and the store must pass PRAGMA integrity_check and foreign_key_check.

usage: bad_input.py KG_BINARY [CASE...]   (CASE: run only cases whose name contains it)
"""
import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile

GOOD = ("Talks in Astana\nMarch 3, 2023\nThe Foreign Minister of Kazakhstan met officials "
        "of Uzbekistan in Astana.\n")
ARTICLE = ("Delegates Meet in Tashkent\nMay 5, 2021\nThe delegation of the United States "
           "met officials of Uzbekistan in Tashkent.\n")
TIME_LIMIT = 120  # seconds per case; a hang is far longer
ROOT = os.geteuid() == 0


def rss(items, head=""):
    body = "".join(f"<item><title>{t}</title><description>{d}</description></item>"
                   for t, d in items)
    return (f'<?xml version="1.0"?>{head}<rss version="2.0"><channel><title>F</title>'
            f"{body}</channel></rss>").encode()


def jsonl(*objs):
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs).encode()


LAUGHS = ('<!DOCTYPE rss [<!ENTITY a "lol">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + "]>")

# name -> (expected, files): files maps a file name (bytes allowed) to its bytes; "ok" cases
# may give the number of documents they add as a third item (default 1).
CASES = {
    # text
    "binary-elf": ("error", {"a.txt": b"\x7fELF\x02\x01\x01\0\0\0\0\0" + bytes(range(256))}),
    "nul-bytes": ("error", {"a.txt": b"Title\nSome text\0with a NUL byte.\n"}),
    "invalid-utf8": ("error", {"a.txt": b"Title\nCaf\xe9 in Latin-1, not UTF-8.\n"}),
    "overlong-utf8": ("error", {"a.txt": b"Title\nAn overlong slash \xc0\xaf here.\n"}),
    "surrogate-utf8": ("error", {"a.txt": b"Title\nA surrogate \xed\xa0\x80 here.\n"}),
    "truncated-utf8": ("error", {"a.txt": b"Title\nEnds inside a letter \xd0"}),
    "utf16-le-bom": ("error", {"a.txt": "\ufeffTitle\nText in UTF-16.\n".encode("utf-16-le")}),
    "utf16-be-bom": ("error", {"a.txt": "\ufeffTitle\nText in UTF-16.\n".encode("utf-16-be")}),
    "utf8-bom": ("ok", {"a.txt": b"\xef\xbb\xbf" + ARTICLE.encode()}),
    "cr-only": ("ok", {"a.txt": ARTICLE.replace("\n", "\r").encode()}),
    "crlf": ("ok", {"a.txt": ARTICLE.replace("\n", "\r\n").encode()}),
    "empty": ("error", {"a.txt": b""}),
    "whitespace-only": ("error", {"a.txt": b" \n\t\r\n   \n"}),
    "over-max-bytes": ("error", {"a.txt": None}),  # 65 MiB, written sparse-free below
    "long-single-line": ("ok", {"a.txt": ("Long line " + "word " * 20000).encode()}),
    # HTML
    "html-deeply-nested": ("ok", {"a.html": ("<html><body><p>Delegates met in Tashkent.</p>"
                                             + "<div>" * 20000 + "deep" + "</div>" * 20000 +
                                             "</body></html>").encode()}),
    "html-truncated": ("ok", {"a.html": b"<html><head><title>Cut Off</title></head><body>"
                                         b"<p>The delegation met officials in Tashk"}),
    "html-no-text": ("error", {"a.html": b"<html><head><script>var x = 1;</script>"
                                          b"<style>p{}</style></head><body></body></html>"}),
    "html-binary": ("error", {"a.html": b"<html>\0\0\0\x01\x02</html>"}),
    # feeds
    "rss-billion-laughs": ("error", {"a.rss": rss([("T", "&j;")], LAUGHS)}),
    # the entity is left unexpanded: the item is stored without the file's contents
    "rss-xxe-file": ("ok", {"a.rss": rss([("Secret", "&x;")],
                                             '<!DOCTYPE rss [<!ENTITY x SYSTEM '
                                             '"file:///etc/passwd">]>')}),
    "rss-external-dtd": ("ok", {"a.rss": rss([("Tashkent Talks", "Delegates met in Tashkent.")],
                                              '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">')}),
    "rss-xinclude": ("ok", {"a.rss": (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude">'
        b'<channel><title>F</title><item><title>Included</title><description>Delegates met.'
        b'<xi:include href="/etc/passwd" parse="text"/></description></item></channel></rss>')}),
    "rss-truncated": ("error", {"a.rss": rss([("One", "Text one.")])[:-30]}),
    "rss-no-items": ("error", {"a.rss": rss([])}),
    "atom-empty": ("error", {"a.atom": b'<?xml version="1.0"?>'
                                        b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>'}),
    "rss-huge": ("ok", {"a.rss": rss([(f"Item {i}", f"Delegates met in city number {i}.")
                                      for i in range(1500)])}, 1500),
    # JSON lines
    "jsonl-bad-line": ("error", {"a.jsonl": jsonl({"text": "Delegates met in Tashkent."},
                                                  "{not json", {"text": "Second one."})}, 2),
    "jsonl-no-text": ("error", {"a.jsonl": jsonl({"title": "No text"})}),
    "jsonl-text-number": ("error", {"a.jsonl": jsonl({"text": 42})}),
    "jsonl-text-empty": ("error", {"a.jsonl": jsonl({"text": ""})}),
    "jsonl-array": ("error", {"a.jsonl": b'["text", "not an object"]\n'}),
    "jsonl-truncated": ("error", {"a.jsonl": b'{"text": "cut off'}),
    "jsonl-deep": ("error", {"a.jsonl": b"[" * 100000 + b"]" * 100000 + b"\n"}),
    "jsonl-lone-surrogate": ("error", {"a.jsonl": b'{"text": "bad \\ud800 escape"}\n'}),
    "jsonl-nul-escape": ("error", {"a.jsonl": b'{"text": "a \\u0000 b"}\n'}),
    "jsonl-blank-lines": ("error", {"a.jsonl": b"\n\n   \n"}),
    # a title that is not a string is ignored; the text is stored
    "jsonl-title-not-string": ("ok", {"a.jsonl": jsonl({"text": "Fine text.",
                                                            "title": {"a": 1}})}),
    # files
    # two links to their own directory: 2^40 paths for a walker that only limits depth
    "symlink-loop": ("error", {"loop1": ("symlink", "."), "loop2": ("symlink", ".")}),
    "symlink-dangling": ("error", {"gone.txt": ("symlink", "no-such-target.txt")}),
    "fifo": ("error", {"p.txt": ("fifo",)}),
    "socket": ("error", {"s.txt": ("socket",)}),
    "unreadable": ("ok" if ROOT else "error", {"a.txt": ("mode", ARTICLE.encode(), 0)}),
    "name-newline-escape": ("error", {b"bad\nname\x1b[31m.txt": b"\x7fELF\0\0"}),
    "name-invalid-utf8": ("error", {b"caf\xe9.txt": b"\0\0\0"}),
    "name-leading-dash": ("ok", {"-n.txt": ARTICLE.encode()}),
    "foreign-sqlite-file": ("error", {"app.sqlite": ("sqlite",)}),
}
if ROOT:  # only root may make device nodes
    CASES["char-device"] = ("error", {"null.txt": ("device", stat.S_IFCHR, 1, 3)})
    CASES["block-device"] = ("error", {"loop.txt": ("device", stat.S_IFBLK, 7, 0)})


def make_sqlite(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t(x)")
    db.execute("INSERT INTO t VALUES (1)")
    db.commit()
    db.close()


def write_case(d, files):
    for name, data in files.items():
        p = os.path.join(os.fsencode(d), name if isinstance(name, bytes) else name.encode())
        if data is None:
            with open(p, "wb") as f:
                chunk = b"Filler text. " * 80000  # ~1 MB
                for _ in range(65):
                    f.write(chunk)
        elif isinstance(data, tuple) and data[0] == "symlink":
            os.symlink(data[1], p)
        elif isinstance(data, tuple) and data[0] == "fifo":
            os.mkfifo(p)
        elif isinstance(data, tuple) and data[0] == "socket":
            sock = socket.socket(socket.AF_UNIX)
            sock.bind(p)
            sock.close()
        elif isinstance(data, tuple) and data[0] == "device":
            os.mknod(p, data[1] | 0o600, os.makedev(data[2], data[3]))
        elif isinstance(data, tuple) and data[0] == "sqlite":
            make_sqlite(p)
        elif isinstance(data, tuple) and data[0] == "mode":
            with open(p, "wb") as f:
                f.write(data[1])
            os.chmod(p, data[2])
        else:
            with open(p, "wb") as f:
                f.write(data)


def escaped(name):
    """The file name as kg prints it (kg_escape): C escapes for controls, \\xNN for bytes
    that are not UTF-8."""
    raw = name if isinstance(name, bytes) else name.encode()
    out = ""
    for b in raw:
        c = chr(b)
        if b >= 0x80:
            out += f"\\x{b:02x}"  # the names used here are not valid UTF-8 beyond ASCII
        elif c == "\n":
            out += "\\n"
        elif b == 0x1B:
            out += "\\e"
        elif b < 0x20 or b == 0x7F:
            out += f"\\x{b:02x}"
        elif c == "\\":
            out += "\\\\"
        else:
            out += c
    return out


def check_store(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        texts = " ".join(r[0] for r in con.execute("SELECT text FROM documents"))
    finally:
        con.close()
    return ok, fk, docs, texts


def run_case(kg, name, spec, tmp):
    expected, files = spec[0], spec[1]
    extra = spec[2] if len(spec) > 2 else 1
    d = os.path.join(tmp, name)
    inputs = os.path.join(d, "in")
    os.makedirs(inputs)
    with open(os.path.join(inputs, "good.txt"), "w") as f:
        f.write(GOOD)
    write_case(inputs, files)
    db = os.path.join(d, "kg.db")
    try:
        p = subprocess.run([kg, "--db", db, "build", inputs], capture_output=True,
                           timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return [f"hung (over {TIME_LIMIT} s)"]
    err = p.stderr.decode("utf-8", "replace")
    problems = []
    if "Sanitizer" in err or "runtime error" in err:
        problems.append("sanitizer report:\n" + err)
    lines = [l for l in err.splitlines() if "documents added" not in l]
    if expected == "error":
        if p.returncode != 1:
            problems.append(f"exit {p.returncode}, want 1")
        # one line per bad file, naming it (as "in/<name>:", escaped)
        for n in files:
            named = [l for l in lines if f"in/{escaped(n)}:" in l]
            if len(named) != 1:
                problems.append(f"want one line naming {escaped(n)}, got: {lines!r}")
        if len(lines) != len(files):
            problems.append(f"want {len(files)} line(s), got: {lines!r}")
    else:
        if p.returncode != 0:
            problems.append(f"exit {p.returncode}, want 0; stderr: {err!r}")
    if not os.path.exists(db):
        return problems + ["no store written"]
    ok, fk, docs, texts = check_store(db)
    if ok != "ok":
        problems.append(f"integrity_check: {ok}")
    if fk:
        problems.append(f"foreign_key_check: {fk}")
    want_docs = 1 + (extra if expected == "ok" else 0)
    if expected == "error" and len(spec) > 2:
        want_docs = 1 + extra  # good lines of a partly bad file are stored
    if docs != want_docs:
        problems.append(f"{docs} documents stored, want {want_docs}")
    if "root:" in texts:
        problems.append("an external entity or XInclude was read into the store")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    kg, only = sys.argv[1], sys.argv[2:]
    tmp = tempfile.mkdtemp(prefix="kg-bad-input.")
    failed = 0
    ran = 0
    try:
        for name, spec in CASES.items():
            if only and not any(o in name for o in only):
                continue
            ran += 1
            problems = run_case(kg, name, spec, tmp)
            status = "ok" if not problems else "FAIL"
            print(f"{status:4} {name} ({spec[0]})")
            for pr in problems:
                print(f"     {pr}")
            failed += bool(problems)
    finally:
        for root, dirs, _ in os.walk(tmp):
            for x in dirs:
                os.chmod(os.path.join(root, x), 0o700)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"bad-input corpus: {ran} cases, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
