/** What every resource shares: the JAX-RS application and its JSON configuration. */
package org.cthub.api.support;
