package org.concord.check;

import org.concord.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.concord.InputException;
import org.concord.Languages;

/**
 * The report as one standalone HTML file: no external resources, a table sortable by clicking a column heading,
 * filters by severity, matched spans marked, and Arabic cells laid out right to left.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** Writes the page to {@code file} (through a temporary file, so a failed run leaves no half-written report). */
    public static void write(Report report, Path file) {
        AtomicFile.write(file, tmp -> Files.writeString(tmp, render(report), StandardCharsets.UTF_8));
    }

    public static String render(Report report) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>Concord check report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
            .append("<h1>Concord check report</h1>\n<p class=\"summary\">").append(esc(TextReport.summary(report)))
            .append("</p>\n<p class=\"filters\">Show: ");
        for (Severity s : Severity.values()) {
            h.append("<label><input type=\"checkbox\" checked data-severity=\"").append(s.label()).append("\"> ")
                .append(s.label()).append(" (").append(report.countBySeverity().get(s)).append(")</label> ");
        }
        h.append("</p>\n<table id=\"findings\">\n<thead><tr>")
            .append("<th data-type=\"num\">#</th><th data-type=\"severity\">Severity</th><th>Check</th><th>Segment</th>")
            .append("<th>Source</th><th>Target</th><th>Problem</th><th>Suggestion</th></tr></thead>\n<tbody>\n");
        Map<String, SegmentPair> pairs = report.pairsById();
        int n = 0;
        for (Finding f : report.findings()) row(h, ++n, f, pairs.get(f.pairId()));
        h.append("</tbody>\n</table>\n");
        h.append("<h2>Checks</h2>\n<dl>\n");
        for (Report.CheckInfo c : report.checks()) {
            h.append("<dt>").append(esc(c.id())).append(" (").append(c.severity().label()).append(")</dt><dd>")
                .append(esc(c.description())).append("</dd>\n");
        }
        return h.append("</dl>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder h, int n, Finding f, SegmentPair p) {
        h.append("<tr class=\"").append(f.severity().label()).append("\"><td>").append(n).append("</td><td data-rank=\"")
            .append(f.severity().ordinal()).append("\">").append(f.severity().label()).append("</td><td>")
            .append(esc(f.checkId())).append("</td><td>").append(esc(f.pairId())).append("</td>");
        if (p == null) {
            h.append("<td></td><td></td>");
        } else {
            cell(h, p.srcLang(), Marking.mark(p.source(), f.sourceSpans(), "<mark>", "</mark>", HtmlReport::esc));
            cell(h, p.tgtLang(), Marking.mark(p.target(), f.targetSpans(), "<mark>", "</mark>", HtmlReport::esc));
        }
        h.append("<td>").append(esc(f.message())).append("</td>");
        String tgtLang = p == null ? "" : p.tgtLang();
        cell(h, tgtLang, esc(String.join(" | ", f.suggestions())));
        h.append("</tr>\n");
    }

    private static void cell(StringBuilder h, String lang, String html) {
        h.append("<td lang=\"").append(esc(lang)).append("\" dir=\"").append(Languages.isRightToLeft(lang) ? "rtl" : "ltr")
            .append("\">").append(html).append("</td>");
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    private static final String CSS = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:start}
        th{background:#eee;cursor:pointer;user-select:none;position:sticky;top:0}
        th.asc::after{content:" \\25B2"} th.desc::after{content:" \\25BC"}
        mark{background:#ffd54f;padding:0 .1em}
        tr.error td:nth-child(2){color:#b71c1c;font-weight:bold}
        tr.warning td:nth-child(2){color:#e65100}
        tr.info td:nth-child(2){color:#006064}
        td[dir=rtl]{font-size:1.1em}
        .summary{font-weight:bold}
        """;

    private static final String SCRIPT = """
        (function(){
          var table=document.getElementById('findings'), body=table.tBodies[0];
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
            th.addEventListener('click',function(){
              var asc=!th.classList.contains('asc');
              Array.prototype.forEach.call(th.parentNode.cells,function(c){c.classList.remove('asc','desc');});
              th.classList.add(asc?'asc':'desc');
              var type=th.getAttribute('data-type');
              var rows=Array.prototype.slice.call(body.rows);
              rows.sort(function(a,b){
                var x=a.cells[i], y=b.cells[i], r;
                if(type==='num'){r=(+x.textContent)-(+y.textContent);}
                else if(type==='severity'){r=(+x.getAttribute('data-rank'))-(+y.getAttribute('data-rank'));}
                else{r=x.textContent.localeCompare(y.textContent,undefined,{numeric:true});}
                return asc?r:-r;
              });
              rows.forEach(function(r){body.appendChild(r);});
            });
          });
          Array.prototype.forEach.call(document.querySelectorAll('input[data-severity]'),function(box){
            box.addEventListener('change',function(){
              Array.prototype.forEach.call(body.querySelectorAll('tr.'+box.getAttribute('data-severity')),function(r){
                r.style.display=box.checked?'':'none';});
            });
          });
        })();
        """;
}
