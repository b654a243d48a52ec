#pragma once

class QTableView;

namespace annalist {

// How the desktop shows a list to read, not to edit in place: whole rows selected, no editor,
// no row numbers, alternating row colours, and one column (when given) taking the spare width.
void setUpReadOnlyTable(QTableView *table, int stretchColumn = -1);

} // namespace annalist
