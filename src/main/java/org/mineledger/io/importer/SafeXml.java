package org.mineledger.io.importer;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML (KML, GPX): no DTD, no external entities, no entity expansion, so neither
 * XXE nor "billion laughs" can reach the parser. Readers also refuse any document that carries a DOCTYPE.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return f.createXMLStreamReader(in);
    }

    /** The message for a document that has a DOCTYPE (where XXE and entity bombs live). */
    public static String doctypeRefused() {
        return "the file contains a DOCTYPE declaration, which KML and GPX never need and which can hide "
                + "external-entity or entity-expansion attacks. It was refused; re-export the file from its source.";
    }

    /** "line L, column C" of the reader's position. */
    public static String at(XMLStreamReader r) {
        var l = r.getLocation();
        return l == null ? "" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    /** The parser's reason without its "ParseError at [row,col]:[3,42] Message:" prefix (the caller says where). */
    public static String reason(String parserMessage) {
        return parserMessage == null ? "" : parserMessage.replaceAll("\\s+", " ")
                .replaceAll("^ParseError at \\[[^]]*\\](:\\[[^]]*\\])?\\s*(Message:\\s*)?", "");
    }
}
