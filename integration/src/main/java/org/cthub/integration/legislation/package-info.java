/**
 * Draft legislation use cases: submitting Akoma Ntoso drafts and their versions (parsed without DTDs,
 * entities or fetched schemas, then validated against the bundled OASIS schema), reading them, and diffing two versions.
 */
package org.cthub.integration.legislation;
