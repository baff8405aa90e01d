package org.cthub.integration.legislation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph of a Word document as the Akoma Ntoso conversion sees it: its text and its heading level
 * (0 for body text, 1 for Heading 1, 2 for Heading 2 and below). A block is an article's start when its text
 * begins with Article, Articolul, Articol, Art., Član, Članak or Clan and a number, and then either the
 * paragraph is a heading, or nothing but a separator (. : - – — or the end) follows the number: "Article 3.
 * Scope" starts article 3; "Article 3 of Law 45 is repealed." in body text is an article's content.
 */
record WordBlock(String text, int headingLevel) {

    private static final Pattern ARTICLE = Pattern.compile(
            "^((?:articolul|articol|article|art\\.|članak|član|clan)\\s*(\\d{1,5})([a-z]{0,8}))(?=$|[\\s.:)\\-–—])[\\s.:)\\-–—]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATED = Pattern.compile("^$|^[.:)\\-–—].*$|^\\s+[\\-–—:].*$");

    boolean isHeading() {
        return headingLevel > 0;
    }

    /** The article this block starts, or null when it starts none. */
    Article article() {
        Matcher matcher = ARTICLE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String after = text.substring(matcher.end(1));
        if (!isHeading() && !SEPARATED.matcher(after).matches()) {
            return null;
        }
        String heading = matcher.group(4).strip();
        return new Article("art_" + matcher.group(2) + matcher.group(3).toLowerCase(Locale.ROOT), matcher.group(1),
                heading.isEmpty() ? null : heading);
    }

    /** An article's identity as Akoma Ntoso gives it: eId art_N, its num as written, its heading if any. */
    record Article(String eId, String num, String heading) {
    }
}
