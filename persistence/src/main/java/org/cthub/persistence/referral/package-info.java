/**
 * Referrals of trafficked or stranded persons: the referral with its lifecycle, the case that threads a
 * person's referrals under a pseudonym, the personal data encrypted field by field, and the consent that
 * gates every transfer of it.
 */
package org.cthub.persistence.referral;
