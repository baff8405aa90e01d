package org.cthub.api.reports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a row was rejected: its number in the file (line or sheet row), the field at fault and the reason. */
@Schema(name = "ReportRowError")
public record RowErrorView(long row, String field, String reason) {
}
