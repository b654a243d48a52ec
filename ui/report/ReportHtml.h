#pragma once

#include <QString>

class QTextDocument;

namespace annalist {

// The body of a text section as the plain HTML the report stores: paragraphs, headings (<h2>,
// <h3>), bulleted and numbered lists, bold, italic, links and pictures (<img src="picture:ID"
// alt="...">), with none of the fonts, margins and styles QTextDocument::toHtml() writes.
class ReportHtml
{
public:
    static QString fromDocument(const QTextDocument &document);
};

} // namespace annalist
