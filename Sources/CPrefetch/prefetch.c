// The module is its header (`include/prefetch.h`); SwiftPM wants a source file.
#include "prefetch.h"
