package org.cthub.api.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many dead letters a bulk replay sent back to pending. */
@Schema(example = """
        {
          "replayed": 3
        }
        """)
public record ReplayedView(int replayed) {
}
