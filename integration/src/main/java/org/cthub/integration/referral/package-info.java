/**
 * What partners do with referrals: submit one under a consent that covers its recipient, read the referrals
 * they sent or received (personal fields only where consent allows, each such read audited), and withdraw
 * a consent. Each use case is transactional and leaves its line in the audit log, with ids only.
 *
 * <p>A submission opens its deliveries (package {@code delivery}) in its own transaction. Still deferred:
 * webhook and SFTP channels and partner formats, choosing recipients from the service directory, the recipient's answers
 * (accept, decline, progress, complete) and expiry. When consent is withdrawn, that work must also stop the
 * referral's pending deliveries and notify recipients that already hold it; today withdrawal only stops the
 * hub from serving personal fields to them.
 */
package org.cthub.integration.referral;
