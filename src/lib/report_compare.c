/* placeholder */
#include "report_int.h"
