'use strict';
// Writes the Word and PDF fixtures at run time (no binaries in the repository), with the project's own
// devDependencies `docx` and `pdf-lib`. Our own Dutch text, small on purpose.
const fs = require('fs');
const path = require('path');

const PARAGRAPHS = [
  'Convenant Jeugdhulp Regio Zuidwaard',
  'De provincie neemt de regie over de jeugdhulp in de regio.',
  'Er wordt gezorgd voor voldoende capaciteit binnen bestaande middelen.',
  'De gemeente Zuidwaard voert procesregie met een budget van 300.000 euro per jaar voor gezinnen met kinderen.',
];

async function writeDocx(file) {
  const { Document, Packer, Paragraph, HeadingLevel } = require('docx');
  const doc = new Document({ sections: [{ children: PARAGRAPHS.map((text, i) =>
    new Paragraph(i === 0 ? { text, heading: HeadingLevel.HEADING_1 } : { text })) }] });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}

async function writePdf(file) {
  const { PDFDocument, StandardFonts } = require('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  PARAGRAPHS.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - i * 40, size: i === 0 ? 16 : 10, font }));
  fs.writeFileSync(file, await pdf.save());
}

async function writeBinaryFixtures(dir) {
  await writeDocx(path.join(dir, 'convenant.docx'));
  await writePdf(path.join(dir, 'convenant.pdf'));
}

module.exports = { writeBinaryFixtures, PARAGRAPHS };
