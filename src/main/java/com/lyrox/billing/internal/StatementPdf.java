package com.lyrox.billing.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** A monthly statement as a one-page PDF (OpenPDF): who, which month, the lines and the totals. */
@Component
class StatementPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    byte[] render(MonthlyStatements.Statement statement, String companyName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Lyrox invoice " + statement.number());
        document.addCreator("Lyrox");
        document.open();
        document.add(new Paragraph("Lyrox invoice " + statement.number(), TITLE));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Billed to: " + companyName, BODY));
        document.add(new Paragraph("Month: " + statement.month() + "    Plan: " + statement.plan(), BODY));
        document.add(new Paragraph("Issued: " + DATE.format(statement.createdAt()), BODY));
        document.add(new Paragraph(" ", BODY));

        PdfPTable table = new PdfPTable(new float[] {6, 1.4f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        header(table, "Description", Element.ALIGN_LEFT);
        header(table, "Quantity", Element.ALIGN_RIGHT);
        header(table, "Unit price", Element.ALIGN_RIGHT);
        header(table, "Amount", Element.ALIGN_RIGHT);
        for (MonthlyStatements.Line line : statement.lines()) {
            cell(table, line.description(), Element.ALIGN_LEFT);
            cell(table, String.valueOf(line.quantity()), Element.ALIGN_RIGHT);
            cell(table, line.unitPrice().toPlainString(), Element.ALIGN_RIGHT);
            cell(table, line.amount().toPlainString(), Element.ALIGN_RIGHT);
        }
        document.add(table);
        document.add(new Paragraph(" ", BODY));
        total(document, "Total", statement.total(), statement.currency(), BODY);
        total(document, "Paid from the prepaid balance", statement.paidFromBalance(), statement.currency(), BODY);
        total(document, "Amount due", statement.amountDue(), statement.currency(), HEADER);
        document.close();
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADER));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void total(Document document, String label, BigDecimal amount, String currency, Font font) {
        Paragraph paragraph = new Paragraph(label + ": " + amount.toPlainString() + " " + currency, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        document.add(paragraph);
    }
}
