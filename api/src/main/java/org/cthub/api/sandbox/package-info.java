/**
 * The sandbox over HTTP: sandbox credentials for real partners, and the boundary that keeps sandbox callers to
 * referrals and each side of it from seeing the other's organisations.
 */
package org.cthub.api.sandbox;
