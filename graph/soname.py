#!/usr/bin/env python3
"""soname.py LIB: prints the SONAME of the shared library LIB (a symbolic link is followed), the
name kg dlopens it by (graph/kg_igraph.h); LIB's own file name when it has none."""
import os
import subprocess
import sys

lib = sys.argv[1]
try:
    out = subprocess.run(['readelf', '-d', lib], stdout=subprocess.PIPE, text=True,
                         check=True).stdout
    for line in out.splitlines():
        if '(SONAME)' in line:
            print(line.split('[', 1)[1].rstrip(']'))
            sys.exit(0)
except (OSError, subprocess.CalledProcessError):
    pass
print(os.path.basename(os.path.realpath(lib)))
