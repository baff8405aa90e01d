/**
 * Draft legislation submitted for technical review: the draft (one FRBR work of one organisation), its
 * versions (expressions, kept byte for byte) and their articles, and the article-level diff between two versions.
 */
package org.cthub.persistence.legislation;
