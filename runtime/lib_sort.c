/*
** lib_sort.c — package sort: Go 1.19's algorithms, ported step for step so
** that every sort leaves equal elements where Go leaves them and calls
** less and swap in Go's order (a program that prints from inside its less
** function sees the same lines).
**
** THE ENGINE works on a LessSwap, as Go's zsortfunc.go does: less(i, j) and
** swap(i, j) on indexes. Slice/SliceStable/SliceIsSorted call the user's
** less func through rt_call_value (vm/call.h) and swap elements in memory
** (Go's reflect.Swapper); Ints, Float64s and Strings compare in C with the
** Less of IntSlice, Float64Slice (NaNs first) and StringSlice; Sort,
** Stable and IsSorted call a sort.Interface's Len, Less and Swap methods
** (rt_call_method), and Reverse makes a *sort.reverse, a native type whose
** native methods call the embedded ones.
**   unstable:  pdqsort (pattern-defeating quicksort: insertion sort under
**              13 elements, heapsort when the recursion limit bits.Len(n)
**              runs out, ninther pivots, the xorshift pattern breaker seeded
**              with the length: deterministic, as Go's is);
**   stable:    insertion sort of 20-element blocks, then SymMerge rounds.
**
** CALLS INTO GO. The less func value is re-read from the native's argument
** words (an rt_StackRef) before every call: a closure the caller keeps in
** its frame moves with the stack, whose copier updates that word. The
** slice's array is a heap object (sort's tags leak x to the heap), reached
** from the interface box in the arguments, so it neither moves nor dies
** during a call. A panic in less goes on into the caller (these natives
** hold no C resources), as it does through Go's sort.
**
** Swaps of elements holding pointers go through the write barrier
** (gc_typed_memmove): the array is heap memory.
*/
#include <math.h>
#include <string.h>

#include "../vm/call.h"
#include "../vm/interp.h"
#include "lib.h"

typedef struct LessSwap LessSwap;
struct LessSwap {
  VM *vm;
  bool (*less)(LessSwap *d, int64_t i, int64_t j);
  void (*swap)(LessSwap *d, int64_t i, int64_t j);
  GoSlice s;                 /* the elements (slices) */
  const RType *elem;         /* their type (mem_swap) */
  rt_StackRef fn;            /* Slice*: the word holding the less func;
                                Sort etc.: the sort.Interface's words */
  const RMethod *mless, *mswap;  /* sort.Interface's methods */
};

static bool less(LessSwap *d, int64_t i, int64_t j) { return d->less(d, i, j); }
static void swap(LessSwap *d, int64_t i, int64_t j) { d->swap(d, i, j); }

/* Go's reflect.Swapper: the elements are swapped in memory. */
static void mem_swap(LessSwap *d, int64_t i, int64_t j) {
  int64_t size = d->elem->size;
  if (size == 0 || i == j) return;
  uint8_t *a = (uint8_t *)d->s.ptr + i * size, *b = (uint8_t *)d->s.ptr + j * size;
  uint64_t small[16];
  void *tmp = size <= (int64_t)sizeof small ? small : NULL;
  if (!d->elem->ptrmask && tmp) {
    memcpy(tmp, a, (size_t)size);
    memcpy(a, b, (size_t)size);
    memcpy(b, tmp, (size_t)size);
    return;
  }
  /* byte by byte would break pointer words: swap whole words with barriers */
  for (int64_t off = 0; off < size; off += 8) {
    size_t n = size - off >= 8 ? 8 : (size_t)(size - off);
    uint64_t x = 0, y = 0;
    memcpy(&x, a + off, n);
    memcpy(&y, b + off, n);
    if (n == 8 && d->elem->ptrmask) {
      gc_untyped_memmove(&d->vm->heap, a + off, &y, 8);
      gc_untyped_memmove(&d->vm->heap, b + off, &x, 8);
    } else {
      memcpy(a + off, &y, n);
      memcpy(b + off, &x, n);
    }
  }
}

/* {==================================================================
** pdqsort (zsortfunc.go)
** =================================================================== */

static void insertion_sort(LessSwap *d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && less(d, j, j - 1); j--) swap(d, j, j - 1);
}

static void sift_down(LessSwap *d, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && less(d, first + child, first + child + 1)) child++;
    if (!less(d, first + root, first + child)) return;
    swap(d, first + root, first + child);
    root = child;
  }
}

static void heap_sort(LessSwap *d, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    swap(d, first, first + i);
    sift_down(d, lo, i, first);
  }
}

enum { UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT };

static int bits_len(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static void order2(LessSwap *d, int64_t *a, int64_t *b, int *swaps) {
  if (less(d, *b, *a)) {
    (*swaps)++;
    int64_t t = *a;
    *a = *b;
    *b = t;
  }
}

static int64_t median(LessSwap *d, int64_t a, int64_t b, int64_t c, int *swaps) {
  order2(d, &a, &b, swaps);
  order2(d, &b, &c, swaps);
  order2(d, &a, &b, swaps);
  return b;
}

static int64_t median_adjacent(LessSwap *d, int64_t a, int *swaps) {
  return median(d, a - 1, a, a + 1, swaps);
}

static int64_t choose_pivot(LessSwap *d, int64_t a, int64_t b, int *hint) {
  enum { SHORTEST_NINTHER = 50, MAX_SWAPS = 4 * 3 };
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= SHORTEST_NINTHER) {
      i = median_adjacent(d, i, &swaps);
      j = median_adjacent(d, j, &swaps);
      k = median_adjacent(d, k, &swaps);
    }
    j = median(d, i, j, k, &swaps);
  }
  *hint = swaps == 0 ? INCREASING_HINT : swaps == MAX_SWAPS ? DECREASING_HINT : UNKNOWN_HINT;
  return j;
}

static void reverse_range(LessSwap *d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--) swap(d, i, j);
}

static bool partial_insertion_sort(LessSwap *d, int64_t a, int64_t b) {
  enum { MAX_STEPS = 5, SHORTEST_SHIFTING = 50 };
  int64_t i = a + 1;
  for (int step = 0; step < MAX_STEPS; step++) {
    while (i < b && !less(d, i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < SHORTEST_SHIFTING) return false;
    swap(d, i, i - 1);
    if (i - a >= 2)
      for (int64_t j = i - 1; j >= 1; j--) {
        if (!less(d, j, j - 1)) break;
        swap(d, j, j - 1);
      }
    if (b - i >= 2)
      for (int64_t j = i + 1; j < b; j++) {
        if (!less(d, j, j - 1)) break;
        swap(d, j, j - 1);
      }
  }
  return false;
}

static void break_patterns(LessSwap *d, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8) return;
  uint64_t random = (uint64_t)length;
  uint64_t modulus = (uint64_t)1 << bits_len((uint64_t)length);
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    int64_t other = (int64_t)(random & (modulus - 1));
    if (other >= length) other -= length;
    swap(d, idx, a + other);
  }
}

static int64_t partition_equal(LessSwap *d, int64_t a, int64_t b, int64_t pivot) {
  swap(d, a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !less(d, a, i)) i++;
    while (i <= j && less(d, a, j)) j--;
    if (i > j) break;
    swap(d, i, j);
    i++;
    j--;
  }
  return i;
}

static int64_t partition(LessSwap *d, int64_t a, int64_t b, int64_t pivot, bool *already) {
  swap(d, a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && less(d, i, a)) i++;
  while (i <= j && !less(d, j, a)) j--;
  if (i > j) {
    swap(d, j, a);
    *already = true;
    return j;
  }
  swap(d, i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && less(d, i, a)) i++;
    while (i <= j && !less(d, j, a)) j--;
    if (i > j) break;
    swap(d, i, j);
    i++;
    j--;
  }
  swap(d, j, a);
  *already = false;
  return j;
}

static void pdqsort(LessSwap *d, int64_t a, int64_t b, int limit) {
  enum { MAX_INSERTION = 12 };
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= MAX_INSERTION) {
      insertion_sort(d, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(d, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(d, a, b);
      limit--;
    }
    int hint;
    int64_t pivot = choose_pivot(d, a, b, &hint);
    if (hint == DECREASING_HINT) {
      reverse_range(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = INCREASING_HINT;
    }
    if (was_balanced && was_partitioned && hint == INCREASING_HINT &&
        partial_insertion_sort(d, a, b))
      return;
    if (a > 0 && !less(d, a - 1, pivot)) {
      a = partition_equal(d, a, b, pivot);
      continue;
    }
    int64_t mid = partition(d, a, b, pivot, &was_partitioned);
    int64_t left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

static void sort_unstable(LessSwap *d, int64_t n) {
  if (n > 1) pdqsort(d, 0, n, bits_len((uint64_t)n));
}

/* }================================================================== */

/* {==================================================================
** Stable sort (insertion-sorted blocks merged by SymMerge)
** =================================================================== */

static void swap_range(LessSwap *d, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++) swap(d, a + i, b + i);
}

static void rotate(LessSwap *d, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(d, m - i, m, j);
      i -= j;
    } else {
      swap_range(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(d, m - i, m, i);
}

static int64_t mid_of(int64_t x, int64_t y) { return (int64_t)((uint64_t)(x + y) >> 1); }

static void sym_merge(LessSwap *d, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = mid_of(i, j);
      if (less(d, h, a)) i = h + 1;
      else j = h;
    }
    for (int64_t k = a; k < i - 1; k++) swap(d, k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = mid_of(i, j);
      if (!less(d, m, h)) i = h + 1;
      else j = h;
    }
    for (int64_t k = m; k > i; k--) swap(d, k, k - 1);
    return;
  }
  int64_t mid = mid_of(a, b), n = mid + m, start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = mid_of(start, r);
    if (!less(d, p - c, c)) start = c + 1;
    else r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) sym_merge(d, a, start, mid);
  if (mid < end && end < b) sym_merge(d, mid, end, b);
}

static void sort_stable(LessSwap *d, int64_t n) {
  int64_t block = 20, a = 0, b = block;
  while (b <= n) {
    insertion_sort(d, a, b);
    a = b;
    b += block;
  }
  insertion_sort(d, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(d, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    int64_t m = a + block;
    if (m < n) sym_merge(d, a, m, n);
    block *= 2;
  }
}

static bool is_sorted(LessSwap *d, int64_t n) {
  for (int64_t i = n - 1; i > 0; i--)
    if (less(d, i, i - 1)) return false;
  return true;
}

/* }================================================================== */

/* {==================================================================
** The natives
** =================================================================== */

/* sort.Slice*: x any (args[0..1]), less func(i, j int) bool (args[2]). */
static bool less_func(LessSwap *d, int64_t i, int64_t j) {
  Word in[2] = {{.i = i}, {.i = j}}, out[1];
  const void *fn = rt_stack_ptr(d->vm, d->fn)->cp;
  rt_call_value(d->vm, fn, in, 2, out, 1, NULL);
  return out[0].u != 0;
}

/* reflect.Kind's String(), for Swapper's panic. */
static const char *kind_name(const RType *t) {
  static const char *const names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
    "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
    "string", "struct", "unsafe.Pointer"};
  return !t ? "zero" : t->kind < sizeof names / sizeof *names ? names[t->kind] : "invalid";
}

/* The LessSwap of sort.Slice's arguments; for a non-slice Go's
** reflectlite.Swapper panics with a *ValueError. */
static LessSwap slice_data(VM *vm, Word *args) {
  const RType *t = args[0].cp;
  if (!t || t->kind != RK_SLICE) {
    rt_Buf b = {0};
    rt_buf_printf(&b, "reflect: call of Swapper on %s Value", kind_name(t));
    GoString msg = lib_string_copy(vm, (const uint8_t *)b.data, (int64_t)b.len);
    rt_buf_free(&b);
    vm_panic_value(vm, rt_error_new(vm, msg));
  }
  const GoSlice *s = args[1].cp;
  return (LessSwap){vm, less_func, mem_swap, *s, t->elem, rt_stack_ref(vm, &args[2]), NULL, NULL};
}

void rt_sort_Slice(VM *vm, Word *args) {
  LessSwap d = slice_data(vm, args);
  sort_unstable(&d, d.s.len);
}

void rt_sort_SliceStable(VM *vm, Word *args) {
  LessSwap d = slice_data(vm, args);
  sort_stable(&d, d.s.len);
}

void rt_sort_SliceIsSorted(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);  /* args may move during less */
  LessSwap d = slice_data(vm, args);
  bool r = is_sorted(&d, d.s.len);
  rt_stack_ptr(vm, ref)->u = r;
}

/* IntSlice.Less, Float64Slice.Less (NaNs first), StringSlice.Less */
static bool less_int(LessSwap *d, int64_t i, int64_t j) {
  const int64_t *v = d->s.ptr;
  return v[i] < v[j];
}
static bool less_float(LessSwap *d, int64_t i, int64_t j) {
  const double *v = d->s.ptr;
  return v[i] < v[j] || (isnan(v[i]) && !isnan(v[j]));
}
static bool less_string(LessSwap *d, int64_t i, int64_t j) {
  const GoString *v = d->s.ptr;
  return rt_string_compare(v[i], v[j]) < 0;
}

/* int and float64 elements: one pointer-free word */
static const RType word_type = {.kind = RK_INT, .size = 8, .nwords = 1, .str = "int"};

static LessSwap typed_data(VM *vm, Word *args, bool (*lt)(LessSwap *, int64_t, int64_t),
                           const RType *elem) {
  GoSlice s = {args[0].p, args[1].i, args[2].i};
  return (LessSwap){vm, lt, mem_swap, s, elem, {0}, NULL, NULL};
}

void rt_sort_Ints(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_int, &word_type);
  sort_unstable(&d, d.s.len);
}
void rt_sort_Float64s(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_float, &word_type);
  sort_unstable(&d, d.s.len);
}
void rt_sort_Strings(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_string, &rt_lib_string_type);
  sort_unstable(&d, d.s.len);
}
void rt_sort_IntsAreSorted(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_int, &word_type);
  args[0].u = is_sorted(&d, d.s.len);
}
void rt_sort_Float64sAreSorted(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_float, &word_type);
  args[0].u = is_sorted(&d, d.s.len);
}
void rt_sort_StringsAreSorted(VM *vm, Word *args) {
  LessSwap d = typed_data(vm, args, less_string, &rt_lib_string_type);
  args[0].u = is_sorted(&d, d.s.len);
}

/* {------------------------------------------------------------------
** sort.Interface: Sort, Stable, IsSorted, and Reverse's *sort.reverse
** ------------------------------------------------------------------ */

static GoIface arg_iface(const Word *a) { return (GoIface){a[0].cp, a[1]}; }

static _Noreturn void nil_deref(VM *vm) {
  vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

/* Method [name] of the interface value [x]; a nil x faults as a call
** through a nil interface does. */
static const RMethod *iface_method(VM *vm, GoIface x, const char *name) {
  const RMethod *m = x.type ? rt_method_find(x.type, name) : NULL;
  if (!m) nil_deref(vm);
  return m;
}

/* x.Len(), x.Less(i, j), x.Swap(i, j) on the sort.Interface [x]. */
static int64_t call_len(VM *vm, GoIface x) {
  Word out[1];
  rt_call_method(vm, iface_method(vm, x, "Len"), x.data, NULL, 0, out, 1, NULL);
  return out[0].i;
}
static bool call_less(VM *vm, const RMethod *m, GoIface x, int64_t i, int64_t j) {
  Word in[2] = {{.i = i}, {.i = j}}, out[1];
  rt_call_method(vm, m, x.data, in, 2, out, 1, NULL);
  return out[0].u != 0;
}
static void call_swap(VM *vm, const RMethod *m, GoIface x, int64_t i, int64_t j) {
  Word in[2] = {{.i = i}, {.i = j}};
  rt_call_method(vm, m, x.data, in, 2, NULL, 0, NULL);
}

/* The interface is re-read from the native's arguments at every call. */
static bool less_iface(LessSwap *d, int64_t i, int64_t j) {
  return call_less(d->vm, d->mless, arg_iface(rt_stack_ptr(d->vm, d->fn)), i, j);
}
static void swap_iface(LessSwap *d, int64_t i, int64_t j) {
  call_swap(d->vm, d->mswap, arg_iface(rt_stack_ptr(d->vm, d->fn)), i, j);
}

/* The LessSwap of a sort.Interface argument (args[0..1]) and its Len. */
static LessSwap iface_data(VM *vm, Word *args, int64_t *n) {
  GoIface x = arg_iface(args);
  LessSwap d = {vm, less_iface, swap_iface, {0}, NULL, rt_stack_ref(vm, args),
                iface_method(vm, x, "Less"), iface_method(vm, x, "Swap")};
  *n = call_len(vm, x);
  return d;
}

void rt_sort_Sort(VM *vm, Word *args) {
  int64_t n;
  LessSwap d = iface_data(vm, args, &n);
  sort_unstable(&d, n);
}

void rt_sort_Stable(VM *vm, Word *args) {
  int64_t n;
  LessSwap d = iface_data(vm, args, &n);
  sort_stable(&d, n);
}

void rt_sort_IsSorted(VM *vm, Word *args) {
  int64_t n;
  LessSwap d = iface_data(vm, args, &n);
  bool r = is_sorted(&d, n);
  rt_stack_ptr(vm, d.fn)[0].u = r;
}

/* *sort.reverse {Interface}: Less(i, j) is the embedded Less(j, i); Len
** and Swap are the embedded ones (Go's promoted methods). Its methods are
** natives (RMethod.native): receiver pointer in args[0], results from
** args[0], which may move while the embedded method runs. */
static void reverse_Len(VM *vm, Word *args);
static void reverse_Less(VM *vm, Word *args);
static void reverse_Swap(VM *vm, Word *args);
static const RMethod reverse_methods[] = {
  {"Len", -1, reverse_Len}, {"Less", -1, reverse_Less}, {"Swap", -1, reverse_Swap}};
static const RMethod interface_methods[] = {{"Len", -1, NULL}, {"Less", -1, NULL}, {"Swap", -1, NULL}};
static const uint8_t mask_iface[] = {0x03}, mask_1[] = {0x01};
static const RType interface_type = {
  .kind = RK_INTERFACE, .named = true, .size = 16, .nwords = 2, .str = "sort.Interface",
  .ptrmask = mask_iface, .methods = interface_methods, .nmethods = 3,
};
static const RField reverse_fields[] = {{"Interface", &interface_type, 0, true}};
static const RType reverse_type = {
  .kind = RK_STRUCT, .named = true, .size = 16, .nwords = 2, .str = "sort.reverse",
  .fields = reverse_fields, .nfields = 1, .ptrmask = mask_iface,
};
static const RType reverse_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*sort.reverse", .elem = &reverse_type,
  .ptrmask = mask_1, .methods = reverse_methods, .nmethods = 3,
};

static GoIface reverse_inner(VM *vm, const Word *args) {
  if (!args[0].p) nil_deref(vm);
  return *(const GoIface *)args[0].p;
}
static void reverse_Len(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  int64_t n = call_len(vm, reverse_inner(vm, args));
  rt_stack_ptr(vm, ref)[0].i = n;
}
static void reverse_Less(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface x = reverse_inner(vm, args);
  bool r = call_less(vm, iface_method(vm, x, "Less"), x, args[2].i, args[1].i);
  rt_stack_ptr(vm, ref)[0].u = r;
}
static void reverse_Swap(VM *vm, Word *args) {
  GoIface x = reverse_inner(vm, args);
  call_swap(vm, iface_method(vm, x, "Swap"), x, args[1].i, args[2].i);
}

/* func Reverse(data Interface) Interface */
void rt_sort_Reverse(VM *vm, Word *args) {
  GoIface *r = gc_alloc(vm, &reverse_type, sizeof *r);
  *r = arg_iface(args);
  args[0].cp = &reverse_ptr;
  args[1].p = r;
}

/* }------------------------------------------------------------------ */

/* sort.Search's binary search: the smallest i in [0, n) with pred(i), or
** n, with Go's midpoints (a predicate that prints sees Go's calls). The
** predicate reads the native's arguments through [ref]: they may move. */
typedef bool (*SearchPred)(VM *vm, rt_StackRef ref, int64_t i);
static int64_t search(VM *vm, rt_StackRef ref, int64_t n, SearchPred pred) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = mid_of(i, j);
    if (!pred(vm, ref, h)) i = h + 1;
    else j = h;
  }
  return i;
}

static void search_native(VM *vm, Word *args, int64_t n, SearchPred pred) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  int64_t i = search(vm, ref, n, pred);
  rt_stack_ptr(vm, ref)->i = i;
}

/* sort.Search(n int, f func(int) bool): f is args[1]. */
static bool pred_func(VM *vm, rt_StackRef ref, int64_t i) {
  Word in[1] = {{.i = i}}, out[1];
  rt_call_value(vm, rt_stack_ptr(vm, ref)[1].cp, in, 1, out, 1, NULL);
  return out[0].u != 0;
}
void rt_sort_Search(VM *vm, Word *args) { search_native(vm, args, args[0].i, pred_func); }

/* SearchInts(a []int, x int) etc.: args[0..2] the slice, args[3..] x */
static bool ge_int(VM *vm, rt_StackRef ref, int64_t i) {
  const Word *a = rt_stack_ptr(vm, ref);
  return ((const int64_t *)a[0].cp)[i] >= a[3].i;
}
static bool ge_float(VM *vm, rt_StackRef ref, int64_t i) {
  const Word *a = rt_stack_ptr(vm, ref);
  return ((const double *)a[0].cp)[i] >= a[3].f;
}
static bool ge_string(VM *vm, rt_StackRef ref, int64_t i) {
  const Word *a = rt_stack_ptr(vm, ref);
  return rt_string_compare(((const GoString *)a[0].cp)[i], lib_str(&a[3])) >= 0;
}
void rt_sort_SearchInts(VM *vm, Word *args) { search_native(vm, args, args[1].i, ge_int); }
void rt_sort_SearchFloat64s(VM *vm, Word *args) { search_native(vm, args, args[1].i, ge_float); }
void rt_sort_SearchStrings(VM *vm, Word *args) { search_native(vm, args, args[1].i, ge_string); }

/* }================================================================== */

/* {==================================================================
** IntSlice, Float64Slice, StringSlice: value receivers, a slice in
** args[0..2]. Sort and Search are sort.Ints, SearchInts ... themselves
** (same argument words, stdlib.def); a boxed one reaches these through
** the deref wrapper its method table names (codegen_iface.c).
** =================================================================== */

/* x[i] and x[j] must exist, as Go's indexing checks them in order */
static void check_pair(VM *vm, GoSlice s, int64_t i, int64_t j) {
  if ((uint64_t)i >= (uint64_t)s.len) ex_panic_index(vm, i, s.len);
  if ((uint64_t)j >= (uint64_t)s.len) ex_panic_index(vm, j, s.len);
}

static void typed_less(VM *vm, Word *args, bool (*lt)(LessSwap *, int64_t, int64_t), const RType *elem) {
  LessSwap d = typed_data(vm, args, lt, elem);
  check_pair(vm, d.s, args[3].i, args[4].i);
  args[0].u = lt(&d, args[3].i, args[4].i);
}

void rt_sort_slice_Len(VM *vm, Word *args) { (void)vm; args[0].i = args[1].i; }
void rt_sort_IntSlice_Less(VM *vm, Word *args) { typed_less(vm, args, less_int, &word_type); }
void rt_sort_Float64Slice_Less(VM *vm, Word *args) { typed_less(vm, args, less_float, &word_type); }
void rt_sort_StringSlice_Less(VM *vm, Word *args) { typed_less(vm, args, less_string, &rt_lib_string_type); }

static void typed_swap(VM *vm, Word *args, const RType *elem) {
  LessSwap d = typed_data(vm, args, NULL, elem);
  check_pair(vm, d.s, args[3].i, args[4].i);
  mem_swap(&d, args[3].i, args[4].i);
}

void rt_sort_wordslice_Swap(VM *vm, Word *args) { typed_swap(vm, args, &word_type); }
void rt_sort_StringSlice_Swap(VM *vm, Word *args) { typed_swap(vm, args, &rt_lib_string_type); }
