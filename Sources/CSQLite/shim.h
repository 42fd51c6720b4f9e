#ifndef PARLEY_CSQLITE_SHIM_H
#define PARLEY_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot call C variadic functions; wrap the one sqlite3_db_config use we need.
static inline int parley_sqlite3_enable_defensive(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, (int *)0);
}

// Memory statistics off: every sqlite3_malloc and sqlite3_free otherwise takes a global mutex to count bytes.
// Only takes effect before SQLite initializes (the first open); later it returns SQLITE_MISUSE and changes nothing.
static inline int parley_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// SQLITE_TRANSIENT is a macro over a cast Swift cannot import.
static inline sqlite3_destructor_type parley_sqlite3_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
