/** Benchmarks: the hub and a baseline that does the same work with nothing in between, measured in one run. */
package org.cthub.bench;
