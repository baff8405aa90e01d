package org.cthub.integration.legislation;

import java.time.LocalDate;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The meta block of an Akoma Ntoso document the hub writes for a Word draft: FRBR work, expression and
 * manifestation named by the Akoma Ntoso naming convention from the submitted metadata, the submitting
 * government as the work's author and the hub as the author of the transformation.
 */
final class FrbrIdentification {

    private FrbrIdentification() {
    }

    static Element meta(Document document, FileDraftMetadata metadata, LocalDate today) {
        Element meta = element(document, "meta");
        Element identification = append(meta, "identification");
        identification.setAttribute("source", "#hub");

        Element work = append(identification, "FRBRWork");
        value(work, "FRBRthis", metadata.workUri() + "/!main");
        value(work, "FRBRuri", metadata.workUri());
        value(work, "FRBRalias", metadata.title()).setAttribute("name", "title");
        date(work, metadata.date(), "Generation");
        append(work, "FRBRauthor").setAttribute("href", "#author");
        value(work, "FRBRcountry", metadata.country().toLowerCase(Locale.ROOT));
        value(work, "FRBRnumber", metadata.number());

        Element expression = append(identification, "FRBRExpression");
        value(expression, "FRBRthis", metadata.expressionUri() + "/!main");
        value(expression, "FRBRuri", metadata.expressionUri());
        date(expression, metadata.expressionDate(), "Generation");
        append(expression, "FRBRauthor").setAttribute("href", "#author");
        append(expression, "FRBRlanguage").setAttribute("language", metadata.language());

        Element manifestation = append(identification, "FRBRManifestation");
        value(manifestation, "FRBRthis", metadata.expressionUri() + "/!main.xml");
        value(manifestation, "FRBRuri", metadata.expressionUri() + ".akn");
        date(manifestation, today, "Transformation");
        append(manifestation, "FRBRauthor").setAttribute("href", "#hub");

        Element references = append(meta, "references");
        references.setAttribute("source", "#hub");
        organisation(references, "hub", "/ontology/organization/hub", "CT Hub (generated from Word)");
        organisation(references, "author", "/ontology/organization/" + metadata.country().toLowerCase(Locale.ROOT) + ".author",
                "Submitting organisation");
        return meta;
    }

    private static void organisation(Element references, String eId, String href, String showAs) {
        Element organisation = append(references, "TLCOrganization");
        organisation.setAttribute("eId", eId);
        organisation.setAttribute("href", href);
        organisation.setAttribute("showAs", showAs);
    }

    private static Element value(Element parent, String name, String value) {
        Element element = append(parent, name);
        element.setAttribute("value", value);
        return element;
    }

    private static void date(Element parent, LocalDate date, String name) {
        Element element = append(parent, "FRBRdate");
        element.setAttribute("date", date.toString());
        element.setAttribute("name", name);
    }

    private static Element element(Document document, String name) {
        return document.createElementNS(AknSchema.NAMESPACE, name);
    }

    private static Element append(Element parent, String name) {
        return (Element) parent.appendChild(element(parent.getOwnerDocument(), name));
    }
}
