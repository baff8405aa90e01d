/**
 * The delivery endpoints: a partner system's pull inbox (list, acknowledge), and the hub operator's dead
 * letters (list, replay one, replay all), which show metadata and never a payload.
 */
package org.cthub.api.delivery;
