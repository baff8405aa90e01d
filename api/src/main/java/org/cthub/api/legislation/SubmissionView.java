package org.cthub.api.legislation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a submission became: the version number within its draft, and the draft. */
@Schema(name = "DraftSubmission", example = """
        {
          "version": 2,
          "draft": {
            "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
            "organisation": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6a",
            "workUri": "/akn/md/bill/2026-11-01/12",
            "documentType": "bill",
            "country": "MD",
            "language": "ron",
            "title": "Law on Preventing and Combating Trafficking in Human Beings (amendments)",
            "status": "revised",
            "submittedAt": "2026-11-02T08:00:00Z",
            "updatedAt": "2026-11-20T09:30:00Z",
            "latestVersion": 2,
            "versions": [
              {
                "number": 1,
                "expressionUri": "/akn/md/bill/2026-11-01/12/ron@",
                "submittedAt": "2026-11-02T08:00:00Z",
                "articles": 24,
                "bytes": 48213,
                "format": "akn"
              },
              {
                "number": 2,
                "expressionUri": "/akn/md/bill/2026-11-01/12/ron@2026-11-20",
                "submittedAt": "2026-11-20T09:30:00Z",
                "articles": 25,
                "bytes": 50877,
                "format": "akn"
              }
            ],
            "reviewRequests": [
              {
                "reviewer": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                "version": 1,
                "message": "Please review the definitions and the victim protection chapter.",
                "requestedAt": "2026-11-02T08:10:00Z"
              }
            ]
          }
        }
        """)
public record SubmissionView(@Schema(description = "The version this submission became: 1 for a new draft") int version,
        DraftView draft) {
}
