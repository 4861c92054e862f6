/* kg_path: file identity, so that kg can refuse to write onto a file it must not touch
 * (its own store, an input). */
#ifndef KG_PATH_H
#define KG_PATH_H

/* Returns 1 when a and b name the same file: the same device and inode when both exist
 * (hard links and symbolic links included), else the same name in the same directory
 * after resolving the directories (so "./x.db-wal" matches "x.db-wal" before it exists).
 * Returns 0 otherwise, or when it cannot tell (a directory that does not exist). */
int kg_path_same_file(const char *a, const char *b);

/* Returns path made absolute and canonical for use as a document's identity: its directory
 * resolved (symbolic links, ".", "..") followed by "/" and its last component as given, so
 * that it names the same file before and after the file is removed. Returns a malloc'd
 * string the caller frees, or NULL when the directory cannot be resolved. */
char *kg_path_canonical(const char *path);

#endif
