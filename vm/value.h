/*
** value.h — how Go values look in VM registers and in memory.
**
** A register is one 8-byte Word. The compiler knows every operand's type, so
** nothing is tagged; a multi-word value takes consecutive registers, laid out
** as Go lays it out in memory:
**   bool            0 or 1
**   intN, int       sign-extended to 64 bits (kept normalised after each op)
**   uintN, uintptr  zero-extended to 64 bits
**   float64         an IEEE double
**   float32         a double whose value is exactly representable as a float
**                   (rounded after every operation; same results as float ops)
**   complex128      2 words {double re, double im}
**   complex64       2 words {double re, double im}, each part exactly a
**                   float (rounded with C64 after every op, like float32)
**   string          2 words {const uint8_t *ptr, int64 len}
**   slice           3 words {void *ptr, int64 len, int64 cap}
**   interface       2 words {const RType *type, Word data}; type NULL is nil.
**                   data holds the value itself when the dynamic type takes
**                   one word (ints, floats, pointers, bools); otherwise it
**                   points to a copy of the value (e.g. a GoString).
**   pointer, map, chan, func  1 word
**   struct          its fields' words, in order (StructField.word)
**   array [N]T      N times T's words
**
** MEMORY MODEL (issue 3). Registers hold values flattened as above, one
** word per scalar; MEMORY (heap objects, slice backing arrays, the targets
** of pointers, boxed interface data of arrays and structs, objects the
** code generator places in a frame) holds Go's amd64 layout: RType.size
** bytes, fields at RField.offset, int8 in one byte, float32 in four,
** complex128 in 16 (two float64), complex64 in 8 (two float32). The
** typed loads and stores of opcodes.h (LD8S..LDF32, ST8..STF32) move one
** scalar between the two, normalising as above; the code generator expands
** an aggregate into one op per scalar leaf, and copies memory to memory
** with MEMMOVE. A pointer always points to memory form, never to a
** register (a variable whose address is taken lives in a heap cell, or in
** frame words laid out in memory form: FRAMEADDR), so `*p` has one meaning
** everywhere. runtime.h's rt_value_load/rt_value_store convert whole values
** for the runtime.
**
** FUNC VALUES. A func value is one word: NULL (the nil func) or a pointer
** to a closure object, Go's funcval. Word 0 of a closure object is the
** index of its function in Module.funcs (a scalar, never a pointer); the
** words after it are the captured variables, in chk_captures order and
** memory form: a pointer to the variable (captured by reference: a heap
** cell or a frame slot of the enclosing function) or a copy of its value
** (captured by value, as gc decides: never reassigned, not address-taken,
** at most 128 bytes). A method value x.M is a closure {wrapper, receiver}
** whose wrapper function ("main.T.M-fm") calls M with the stored receiver.
** A declared function used as a value points at its static closure object
** Module.funcvals[k] (neither heap nor stack: the collector and the stack
** copier leave such pointers alone); a literal's object is an alloc site
** (kind "func literal", or "method value"), in the frame when escape
** analysis says it does not escape. CALLF passes the object to the callee
** in the register FuncInfo.closure_reg names.
**
** RType is the run-time descriptor of a type: what %T, %v and interfaces
** need. The code generator emits one per distinct type into the Module; they
** are immutable and live as long as the Module.
*/
#ifndef VALUE_H
#define VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef union Word {
  int64_t i;
  uint64_t u;
  double f;
  void *p;
  const void *cp;
} Word;

typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; int64_t len, cap; } GoSlice;
typedef struct GoIface { const struct RType *type; Word data; } GoIface;

/* reflect.Kind numbering. */
typedef enum RKind {
  RK_INVALID, RK_BOOL, RK_INT, RK_INT8, RK_INT16, RK_INT32, RK_INT64,
  RK_UINT, RK_UINT8, RK_UINT16, RK_UINT32, RK_UINT64, RK_UINTPTR,
  RK_FLOAT32, RK_FLOAT64, RK_COMPLEX64, RK_COMPLEX128, RK_ARRAY, RK_CHAN,
  RK_FUNC, RK_INTERFACE, RK_MAP, RK_POINTER, RK_SLICE, RK_STRING, RK_STRUCT,
  RK_UNSAFEPOINTER
} RKind;

typedef struct RField {
  const char *name;
  const struct RType *type;
  int64_t offset;
  bool embedded;
} RField;

/* A method of a dynamic type, as interface dispatch sees it (runtime/
** iface.c): [func] takes the interface's data word as its receiver (word 0)
** followed by the method's parameters. For an interface type the list is
** the interface's method set and func is -1. A method of the standard
** library's native types (*errors.errorString) is a C function instead:
** native(vm, args) with the receiver word in args[0], results from args[0]
** (the calling convention of runtime natives, CALLN). */
struct vm_State;
typedef struct RMethod {
  const char *name;
  int32_t func;            /* index in Module.funcs, or -1 */
  void (*native)(struct vm_State *vm, Word *args);
} RMethod;

typedef struct RType {
  uint8_t kind;            /* RKind */
  bool named;              /* a defined type (prints its name with %T) */
  int64_t size;            /* bytes in memory */
  int32_t nwords;          /* registers */
  const char *str;         /* %T spelling: "int", "main.Celsius", "[]string" */
  const struct RType *elem;  /* array, slice, pointer, chan, map value */
  const struct RType *key;   /* map */
  int64_t len;               /* array */
  const RField *fields; int nfields;  /* struct */
  int32_t mfirst, mcount;    /* defined types: their declared methods,
                                Module.methods[mfirst .. mfirst+mcount),
                                sorted by name (vm/module.h MethodInfo) */
  const uint8_t *ptrmask;    /* bit per 8-byte word of the MEMORY layout
                                (byte offset / 8): may hold a pointer; NULL
                                when the type has no pointers */
  const RMethod *methods; int nmethods;  /* sorted by name (strcmp): the
                                method set of a named type T or *T (the
                                entries interfaces dispatch to), or an
                                interface's methods */
} RType;

#endif /* VALUE_H */
