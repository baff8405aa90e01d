/**
 * Field-level encryption at rest (AES-256-GCM, one fresh IV per value, key id stored beside the ciphertext so
 * keys can rotate): for secrets such as webhook signing keys today, for victims' personal fields later.
 */
package org.cthub.persistence.support.crypto;
