/**
 * The draft legislation endpoints: partners submit Akoma Ntoso drafts and their versions, read them back,
 * and diff two versions article by article; the hub operator reads every draft.
 */
package org.cthub.api.legislation;
