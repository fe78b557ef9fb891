#ifndef MARSAD_PREFETCH_H
#define MARSAD_PREFETCH_H

/// Asks the processor to start loading the cache line at `address` without
/// waiting for it (x86 PREFETCHT0, AArch64 PRFM): the NER tagger's table is
/// larger than the caches, and a prefetch, unlike a load, does not hold up
/// the instructions after it.
static inline void marsad_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
