package org.cthub.api.partner;

import java.util.List;
import org.cthub.api.support.Page;

/** Page arithmetic shared by the directory's lists. */
final class Paging {

    private Paging() {
    }

    static int offset(int page, int size) {
        return Math.multiplyExact(page, size);
    }

    static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total);
    }
}
