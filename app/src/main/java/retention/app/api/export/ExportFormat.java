package retention.app.api.export;

import java.util.Locale;

import retention.app.api.BadRequest;

/**
 * The formats of an export.
 */
enum ExportFormat {
    CSV("text/csv", "csv"), JSONL("application/jsonl", "jsonl");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat of(String text) {
        if (text == null) {
            return CSV;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequest("format", "must be csv or jsonl");
        }
    }
}
