package org.cthub.integration.statistics;

import java.util.Set;

/** Something records of type F are counted by: the values one record has on it (one, or several for a multi-valued one). */
public interface Dimension<F> {

    Set<String> values(F record);
}
