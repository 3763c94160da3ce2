package org.outagesim.sweep.plan;

/**
 * Where a part of a sweep was written: a sweep file and 1-based line, or a command-line option such
 * as {@code --vary} (line 0).
 */
record Place(String file, int line) {}
