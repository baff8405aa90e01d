/**
 * The sandbox: partners' sandbox credentials for a twin organisation kept apart from the real network, and the
 * built-in echo partner that answers sandbox referrals from inside the hub.
 */
package org.cthub.integration.sandbox;
