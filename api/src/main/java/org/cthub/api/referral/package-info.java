/**
 * The referral endpoints: partners submit referrals (idempotently), read those they sent or received, and
 * record a withdrawal of consent; the hub operator reads metadata. Personal data never goes into a URL, a
 * log line or a problem detail.
 */
package org.cthub.api.referral;
