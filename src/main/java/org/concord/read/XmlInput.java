package org.concord.read;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories for untrusted XML (TBX, TMX, XLIFF): DTDs are not processed and external entities never resolved,
 * so XXE and "billion laughs" files cannot reach the file system or the network or blow up in memory.
 */
public final class XmlInput {
    private XmlInput() {}

    /** A new hardened factory; callers add what their format needs (coalescing, namespaces). */
    public static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
