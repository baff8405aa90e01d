/** Contract tests that read the OpenAPI document the build writes, without a running hub. */
package org.cthub.deploy.contract;
