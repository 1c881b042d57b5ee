package org.concord.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;
import org.concord.read.XmlInput;

/**
 * FreeDict's TEI P5: {@code <entry>} holds the headwords ({@code <form><orth>}) and, in its senses, the renderings
 * ({@code <cit type="trans" xml:lang="fr"><quote>}). The source language is the {@code xml:lang} in force at the
 * headword, the target that of the {@code <cit>}; where the file does not say, its FreeDict name ("deu-fra.tei") does.
 * A document type declaration is refused outright, and no entity is ever resolved.
 */
final class FreeDictTei {

    private static final XMLInputFactory FACTORY = XmlInput.hardenedFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
        FACTORY.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private FreeDictTei() {}

    static BilingualDictionary read(Path file, String src, String tgt) {
        String name = file.toString();
        String[] fromName = DictionaryLanguages.fromFileName(file.getFileName().toString());
        String nameSrc = fromName == null ? null : DictionaryLanguages.of(fromName[0]);
        String nameTgt = fromName == null ? null : DictionaryLanguages.of(fromName[1]);
        List<Lexicon.Entry> entries = new ArrayList<>();
        String declaredSrc = null, declaredTgt = null;
        int declaredLine = 1;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml;
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(in, "UTF-8");
            }
            Deque<String> lang = new ArrayDeque<>();
            List<String> orths = new ArrayList<>(), quotes = new ArrayList<>();
            boolean inEntry = false, inTrans = false;
            int transDepth = 0;
            String elementLang = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) throw error(name, xml, "a document type declaration (DTD) is not accepted");
                if (event == XMLStreamConstants.ENTITY_REFERENCE) throw error(name, xml, "entity '&" + xml.getLocalName() + ";' is not resolved");
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String here = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    lang.push(here != null ? here : lang.isEmpty() ? "" : lang.peek());
                    String local = xml.getLocalName();
                    if (inTrans) transDepth++;
                    switch (local) {
                        case "entry" -> {
                            inEntry = true;
                            orths.clear();
                            quotes.clear();
                        }
                        case "cit" -> {
                            String type = xml.getAttributeValue(null, "type");
                            if (inEntry && !inTrans && ("trans".equals(type) || "translation".equals(type))) {
                                inTrans = true;
                                transDepth = 0;
                                String l = DictionaryLanguages.of(lang.peek());
                                if (l != null && declaredTgt == null) {
                                    declaredTgt = l;
                                    declaredLine = xml.getLocation().getLineNumber();
                                }
                            }
                        }
                        case "orth" -> {
                            if (inEntry && !inTrans) {
                                String l = DictionaryLanguages.of(lang.peek());
                                if (l != null && declaredSrc == null) declaredSrc = l;
                                String t = DictionaryText.phrase(xml.getElementText());
                                lang.pop();
                                if (t != null) orths.add(t);
                            }
                        }
                        case "quote" -> {
                            if (inTrans) {
                                String t = DictionaryText.phrase(xml.getElementText());
                                lang.pop();
                                transDepth--;
                                if (t != null) quotes.add(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    lang.pop();
                    String local = xml.getLocalName();
                    if (inTrans) {
                        if (transDepth == 0 && "cit".equals(local)) inTrans = false;
                        else transDepth--;
                    }
                    if ("entry".equals(local) && inEntry) {
                        for (String o : orths) for (String q : quotes) entries.add(new Lexicon.Entry(o, q));
                        inEntry = false;
                    }
                }
            }
            xml.close();
        } catch (java.util.MissingResourceException e) {
            throw XmlInput.parserFailure(name, null, e);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String what = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
                .replaceAll("\\s+", " ").strip();
            throw at == null ? new InputException(name + ": " + what) : InputException.at(name, at.getLineNumber(), at.getColumnNumber(), what);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read file (" + e.getMessage() + ")", e);
        }
        String s = declaredSrc != null ? declaredSrc : nameSrc != null ? nameSrc : src;
        String t = declaredTgt != null ? declaredTgt : nameTgt != null ? nameTgt : tgt;
        if (s == null || t == null) {
            throw new InputException(name + ":1: the dictionary does not say its languages (xml:lang, or a FreeDict name such as deu-fra.tei): give --src and --tgt");
        }
        DictionaryLanguages.requireCovers(name, declaredLine, s, t, src, tgt);
        if (entries.isEmpty()) throw new InputException(name + ":1: no dictionary entries (<entry> with <orth> and <cit type=\"trans\"><quote>)");
        return new BilingualDictionary(s, t, file.getFileName().toString(), new ArrayList<>(new LinkedHashSet<>(entries)));
    }

    private static InputException error(String name, XMLStreamReader xml, String what) {
        Location at = xml.getLocation();
        return InputException.at(name, at.getLineNumber(), at.getColumnNumber(), what);
    }
}
