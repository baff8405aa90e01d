package org.cthub.api.legislation;

import java.util.List;

/**
 * The consolidated comments as a readable, self-contained HTML page (no script, no external resources):
 * what a submitter prints or forwards to its drafting committee. Every value is escaped.
 */
final class CommentsPage {

    private CommentsPage() {
    }

    static String render(DraftCommentsView view) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Comments: ").append(escape(view.title()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}blockquote{border-left:3px solid #888;"
                        + "margin:0.5em 0;padding-left:1em}.addressed{color:#276227}</style></head>\n<body>\n")
                .append("<h1>").append(escape(view.title())).append("</h1>\n<p>Work ").append(escape(view.workUri()))
                .append(", latest version ").append(view.latestVersion()).append(", status ").append(escape(view.status())).append("</p>\n");
        if (!view.opinions().isEmpty()) {
            html.append("<h2>Opinions</h2>\n<ul>\n");
            for (OpinionView opinion : view.opinions()) {
                html.append("<li>Version ").append(opinion.version()).append(", organisation ").append(opinion.organisation())
                        .append(": <strong>").append(escape(opinion.opinion())).append("</strong><blockquote>")
                        .append(escape(opinion.summary())).append("</blockquote></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h2>The whole document</h2>\n");
        comments(html, view.general());
        for (DraftCommentsView.ArticleComments article : view.articles()) {
            html.append("<h2 id=\"").append(escape(article.eId())).append("\">").append(escape(article.num() == null ? article.eId() : article.num()));
            if (article.heading() != null) {
                html.append(": ").append(escape(article.heading()));
            }
            html.append(article.inLatestVersion() ? "" : " (not in the latest version)").append("</h2>\n");
            comments(html, article.comments());
        }
        return html.append("</body></html>\n").toString();
    }

    private static void comments(StringBuilder html, List<CommentView> comments) {
        if (comments.isEmpty()) {
            html.append("<p>No comments.</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (CommentView comment : comments) {
            html.append("<li>On version ").append(comment.version()).append(", organisation ").append(comment.organisation())
                    .append("<blockquote>").append(escape(comment.text())).append("</blockquote>");
            if (comment.addressedInVersion() != null) {
                html.append("<p class=\"addressed\">Addressed in version ").append(comment.addressedInVersion());
                if (comment.addressedNote() != null) {
                    html.append(": ").append(escape(comment.addressedNote()));
                }
                html.append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
