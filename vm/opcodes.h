/*
** opcodes.h — the bytecode instruction set, as one X-macro list that yields
** the opcode enum, the names used by the disassembler and the interpreter's
** dispatch table (Wren's wren_opcodes.h pattern).
**
** Format: every instruction is 8 bytes, {uint16 op, a, b, c}. Operands name
** registers of the current frame (R[x], one Word each) unless the comment
** says otherwise. Some operand pairs form wider values:
**   BX(i)  = (uint32)(b | c << 16)          unsigned 32-bit (pool indices)
**   SBX(i) = (int32)(b | c << 16)           signed 32-bit (jump offsets)
**   SC(i)  = (int16)c, SB(i) = (int16)b     signed 16-bit immediates/offsets
** A jump offset is relative to the instruction after the jump.
** Instructions marked "+1" are followed by one EXTRA instruction whose
** fields carry more operands; the interpreter skips it.
**
** Typing: the compiler picks the opcode for the operand types; the
** interpreter never checks. Integer ops work on 64 bits; after an op on a
** narrower type the compiler emits the matching SEXT/ZEXT so registers stay
** normalised (value.h). float32 values are doubles rounded with F32 after
** every op. Multi-word values (strings: 2 words) occupy R[x], R[x+1].
**
** Panics: ops that can fault (division, indexing, slicing, shifts by a
** negative count) raise Go's run-time panics themselves, with the current
** instruction's line as the position.
*/
#ifndef OPCODES_H
#define OPCODES_H

#include <stdint.h>

#define OPCODE_LIST(X) \
  /* --- moves and constants ------------------------------------------- */ \
  X(NOP)      /* */ \
  X(EXTRA)    /* operand carrier for the preceding "+1" instruction */ \
  X(MOV)      /* R[a] = R[b] */ \
  X(MOV2)     /* R[a] = R[b]; R[a+1] = R[b+1] */ \
  X(MOVN)     /* R[a .. a+c) = R[b .. b+c)  (memmove) */ \
  X(ZERO)     /* R[a .. a+b) = 0 */ \
  X(LOADI)    /* R[a].i = SBX (sign-extended 32-bit immediate) */ \
  X(LOADK)    /* R[a] = K[BX]   (module constant pool) */ \
  X(LOADK2)   /* R[a] = K[BX]; R[a+1] = K[BX+1]  (e.g. a string constant) */ \
  X(GETG)     /* R[a .. a+c) = G[b .. b+c)  (package variables) */ \
  X(SETG)     /* G[a .. a+c) = R[b .. b+c) */ \
  /* --- integer arithmetic (64-bit, wrapping) -------------------------- */ \
  X(ADD) X(SUB) X(MUL)        /* R[a].i = R[b].i op R[c].i */ \
  X(DIV)      /* signed; panics on 0; MinInt64 / -1 = MinInt64 */ \
  X(REM)      /* signed; panics on 0; x % -1 = 0 */ \
  X(DIVU) X(REMU)             /* unsigned; panic on 0 */ \
  X(DIVK) X(REMK)  /* +1: R[a].i = R[b].i / or % d, d = K[x.a] (2 <= d), \
                      by d's magic K[x.b] and shift c (vm/divmagic.h) */ \
  X(AND) X(OR) X(XOR) X(ANDNOT) \
  X(SHL)      /* R[a].u = R[b].u << R[c].u, 0 when count >= 64 */ \
  X(SHR)      /* arithmetic; count >= 64 gives 0 or -1 */ \
  X(SHRU)     /* logical; count >= 64 gives 0 */ \
  X(SHLI) X(SHRI) X(SHRUI)    /* shift by the constant c (0..63) */ \
  X(CHKSHIFT) /* panic "negative shift amount" if R[a].i < 0 (signed counts) */ \
  X(ADDI)     /* R[a].i = R[b].i + SC */ \
  X(MULI)     /* R[a].i = R[b].i * SC */ \
  X(NEG)      /* R[a].i = -R[b].i */ \
  X(BNOT)     /* R[a].u = ~R[b].u */ \
  X(NOT)      /* R[a].u = !R[b].u (bool) */ \
  X(SEXT8) X(SEXT16) X(SEXT32) /* R[a].i = (intN)R[b].i */ \
  X(ZEXT8) X(ZEXT16) X(ZEXT32) /* R[a].u = (uintN)R[b].u */ \
  X(INCR)     /* R[a].i += SB (b as signed immediate); for i++ / i += k */ \
  /* --- floating point -------------------------------------------------- */ \
  X(ADDF) X(SUBF) X(MULF) X(DIVF)  /* R[a].f = R[b].f op R[c].f */ \
  X(NEGF)     /* R[a].f = -R[b].f */ \
  X(F32)      /* R[a].f = (double)(float)R[b].f */ \
  X(I2F)      /* R[a].f = (double)R[b].i */ \
  X(U2F)      /* R[a].f = (double)R[b].u */ \
  X(F2I)      /* R[a].i = (int64)R[b].f, Go amd64's result when out of range */ \
  X(F2U)      /* R[a].u = (uint64)R[b].f */ \
  /* --- comparisons, result a bool in R[a] ------------------------------ */ \
  X(EQ) X(NE) X(LT) X(LE)     /* signed ints, also bools and pointers (EQ/NE) */ \
  X(LTU) X(LEU)               /* unsigned */ \
  X(EQF) X(NEF) X(LTF) X(LEF) /* floats (NaN-aware, as IEEE) */ \
  X(EQS) X(NES) X(LTS) X(LES) /* strings: R[b..b+1] op R[c..c+1] */ \
  /* --- control flow ---------------------------------------------------- */ \
  X(JMP)      /* pc += SBX */ \
  X(JT)       /* if (R[a].u) pc += SBX */ \
  X(JF)       /* if (!R[a].u) pc += SBX */ \
  X(JEQ) X(JNE) X(JLT) X(JLE) /* if (R[a].i op R[b].i) pc += SC  (signed) */ \
  X(JLTU) X(JLEU)             /* unsigned */ \
  X(JLTF) X(JLEF) X(JEQF) X(JNEF) /* floats: if (R[a].f op R[b].f) pc += SC */ \
  X(JNLTF) X(JNLEF)           /* floats: if (!(R[a].f op R[b].f)) pc += SC (NaN) */ \
  X(JEQI) X(JNEI) X(JLTI) X(JLEI) X(JGTI) X(JGEI) /* if (R[a].i op SB) pc += SC */ \
  X(LOOP)     /* back-edge: pc += SBX (negative); the preemption point */ \
  /* --- calls ----------------------------------------------------------- */ \
  X(CALL)     /* call function BX; its frame starts at R[a] where the \
                 caller put the arguments; results come back in R[a ..]; \
                 the prologue check grows the stack if the frame won't fit */ \
  X(CALLN)    /* native stdlib function BX (runtime/stdlib.def) with \
                 args/results window &R[a] */ \
  X(RET)      /* return; results already in R[0 .. nresults_words) */ \
  /* --- strings --------------------------------------------------------- */ \
  X(SLEN)     /* R[a].i = len(string R[b..b+1]) */ \
  X(SINDEX)   /* R[a].u = byte R[b..b+1][R[c].i], bounds-checked */ \
  X(SSLICE)   /* R[a..a+1] = R[b..b+1][lo:hi] +1: EXTRA.a = lo register, \
                 EXTRA.b = hi register, EXTRA.c flags: 1 = lo present, \
                 2 = hi present (absent lo = 0, hi = len) */ \
  X(CONCAT)   /* R[a..a+1] = R[b..b+1] + R[c..c+1] (new heap string; \
                 shares an operand when the other is empty) */ \
  X(STRRUNE)  /* R[a..a+1] = string(rune R[b].i) (invalid -> "\uFFFD") */ \
  X(DECRUNE)  /* for range over a string: R[a].i = rune at byte R[c].i of \
                 string R[b..b+1], R[a+1].i = its width in bytes */ \
  /* --- slices (minimal: os.Args) and addresses into the frame ----------- */ \
  X(SLLEN)    /* R[a].i = len(slice R[b..b+2]) */ \
  X(SLCAP)    /* R[a].i = cap(slice R[b..b+2]) */ \
  X(SLLOAD)   /* R[a .. a+c) = elements words of slice R[b..b+2] at index \
                 R[EXTRA.a].i (+1), element size in memory EXTRA.b bytes; \
                 bounds-checked (index out of range [i] with length n) */ \
  X(FRAMESLICE) /* R[a..a+2] = {&R[b], c, c}: a slice whose backing array is \
                 in the frame (variadic arguments to natives) */ \
  /* --- interfaces (for fmt's ...any) ----------------------------------- */ \
  X(MKIFACE)  /* R[a] = RTYPE[c]; R[a+1] = R[b] (one-word dynamic types) */ \
  X(MKIFACEB) /* R[a] = RTYPE[c]; R[a+1].p = heap copy of R[b .. b+nwords) \
                 (multi-word dynamic types, e.g. string), nwords from the RType */ \
  /* --- builtins and faults --------------------------------------------- */ \
  X(PRINT)    /* print builtin: value R[a..], b = rt_PrintKind (runtime.h) */ \
  X(PANIC)    /* panic(R[a..a+1]) with an interface value */ \
  X(PANICIDX) /* panic index out of range [R[a].i] with length R[b].i */ \
  X(DEFER)    /* +1 defer a call: its c-kind (vm/defer.h DeferKind) callee \
                 (EXTRA: BX = function or native index; a = the register \
                 of the func value) with the b argument words R[a .. a+b) */ \
  X(RUNDEFER) /* start the running frame's newest deferred call, if any, \
                 and run this instruction again when it returns */ \
  X(RECOVER)  /* R[a .. a+1] = recover() (an interface) */ \
  X(UNREACHABLE) /* missing return fell through: fatal (compiler bug) */ \
  /* --- added by the interpreter (vm/interp.c) ------------------------- */ \
  X(F2I32)    /* R[a].i = R[b].f converted as Go amd64 converts to a type \
                 narrower than 64 bits except uint32 (CVTTSD2SL): truncated \
                 to int32, -2147483648 when out of range or NaN. For int8, \
                 int16, int32, uint8, uint16 targets, before their SEXT/ZEXT \
                 (uint32 uses F2I + ZEXT32, int64/int F2I, uint64 F2U) */ \
  /* --- requested by codegen --- */ \
  X(SLSLICE)  /* R[a..a+2] = R[b..b+2][lo:hi:max] (slice of a slice), c = \
                 element size in bytes; +1: EXTRA.a = lo register, EXTRA.b = \
                 hi register, EXTRA.c = max register, each 0xFFFF when \
                 absent (lo = 0, hi = len, max = cap). Result {ptr + lo*c, \
                 hi - lo, max - lo}; an empty result keeps ptr (as SSLICE). \
                 Panics as Go when not 0 <= lo <= hi <= max <= cap: "slice \
                 bounds out of range [:hi] with capacity cap", "[::max] with \
                 capacity cap", "[:hi:max]", "[lo:hi]" (runtime.panicSlice*) */ \
  /* --- memory (issue 3): registers <-> Go's amd64 memory layout ------- */ \
  /* Loads: R[a] = *(T *)(R[b].p + c), c an unsigned byte offset; the \
     result normalised as value.h says (S: sign-, U: zero-extended; LDF32 \
     widens a float to a double). A nil R[b] panics "invalid memory \
     address or nil pointer dereference" with addr=c, as Go's SIGSEGV. */ \
  X(LD8S) X(LD8U) X(LD16S) X(LD16U) X(LD32S) X(LD32U) X(LD64) X(LDF32) \
  /* Stores: *(T *)(R[a].p + c) = R[b] (truncated; STF32 rounds the double \
     to a float); nil-checked as the loads */ \
  X(ST8) X(ST16) X(ST32) X(ST64) X(STF32) \
  /* STP: ST64 of a pointer word (a pointer, map, chan, func, the data \
     word of a string or slice, an interface's two words): the one store \
     that takes the write barrier; ST64 stores scalars only */ \
  X(STP) \
  X(MEMMOVE)  /* memmove(R[a].p, R[b].p, c bytes): aggregate copies in \
                 memory; both nil-checked */ \
  X(NILCHK)   /* panic nil dereference (addr=c) if R[a].p == NULL */ \
  X(NEW)      /* R[a].p = a zeroed object of alloc site BX (Module.sites) */ \
  X(INDEXADDR) /* R[a].p = R[b].p + R[c].i * BX(EXTRA) +1: EXTRA.a = the \
                 register holding the length; panics "index out of range \
                 [i] with length n" unless 0 <= R[c].i < length */ \
  X(RLOAD)    /* R[a .. a+n) = R[b + R[c].i*n ..] (an array held in \
                 registers, dynamic index) +1: EXTRA.a = n words per \
                 element, EXTRA.b = the register holding the length, \
                 EXTRA.c = words moved when not n (0: n; a field of the \
                 element: R[b] is then the field's word in element 0) */ \
  X(RSTORE)   /* R[a + R[c].i*n ..] = R[b .. b+n), operands as RLOAD */ \
  X(MAKESLICE) /* R[a..a+2] = make([]T, R[b].i, R[c].i) +1: EXTRA BX = \
                 alloc site (its rtype is the element type) */ \
  X(GROWSLICE) /* room for R[b].i more elements in the slice R[a..a+2]: \
                 rt_growslice when len + n > cap; then len += n (the \
                 caller stores the elements) +1: EXTRA BX = alloc site */ \
  X(APPENDSL) /* R[a..a+2] = append(R[a..a+2], R[b].p[0:R[b+1].i]...) \
                 (a slice or a string's bytes) +1: EXTRA BX = alloc site */ \
  X(COPYSL)   /* R[a].i = copy(slice R[b..b+2], R[c].p[0:R[c+1].i]) +1: \
                 EXTRA BX = RTYPE of the element */ \
  X(STR2BYTES) X(BYTES2STR) X(STR2RUNES) X(RUNES2STR) /* R[a..] = \
                 conversion of R[b..]; c = alloc site */ \
  X(CONVB)    /* a conversion escape analysis kept in the frame: as \
                 STR2BYTES + c (c = 0..3 in that order), the result in the \
                 frame buffer at R[EXTRA.a] when it fits (Go's tmpBuf), \
                 else on the heap +1: EXTRA BX = alloc site */ \
  X(SLSLICEA) /* SLSLICE of an array (&a or a *[N]T in R[b], length and \
                 capacity N in R[b+1], R[b+2]): the 2-index panics say \
                 "with length N", as Go's panicSliceAlen */ \
  X(BOUNDS)   /* panic "index out of range [i] with length n" unless \
                 0 <= R[a].i < R[b].i (a[i][j] on arrays in registers) */ \
  X(SL2AP)    /* R[a].p = R[b].p, the slice R[b..b+2] converted to a \
                 pointer to an array of c elements; panics "cannot convert \
                 slice with length n to pointer to array with length c" \
                 when len < c (a nil slice gives nil when c == 0) */ \
  X(FRAMEADDR) /* R[a].p = &R[b]: the address of an object the code \
                 generator placed in the frame (alloc site c, decided \
                 "stack"); R[a] is in the pointer map, so the stack copier \
                 adjusts it */ \
  X(MKIFACES) /* MKIFACEB naming its alloc site (the boxed copy): \
                 R[a] = RTYPE[c]; R[a+1].p = heap copy of R[b ..] +1: \
                 EXTRA BX = alloc site */ \
  X(CONCATS)  /* R[a..a+1] = the concatenation of the c strings at \
                 R[b .. b+2c) (a whole a + b + c chain: Go's \
                 concatstrings, one allocation) +1: EXTRA BX = alloc \
                 site, EXTRA.a = register holding the site's 32-byte \
                 frame buffer (0xFFFF: none, the result may escape) */ \
  /* --- maps (issue 3): keys and values cross in REGISTER form; the \
     interpreter converts keys to memory form (rt_value_store) and hands \
     out value slots, which the compiler reads and writes as memory at \
     once (a slot is valid until the next insertion into the map) ----- */ \
  X(MAKEMAP)  /* R[a].p = make(map, R[b].i) (b = 0xFFFF: no hint) +1: \
                 EXTRA BX = alloc site (its rtype is the map type), \
                 EXTRA.a = register holding the site's frame slot \
                 (0xFFFF: none, a heap map; else rt_map_frame, c = 1 \
                 when the slot has room for the first table) */ \
  X(MAPACCESS) /* R[a].p = slot of key R[c..] in map R[b] or NULL when \
                 absent; R[a+1].u = found +1: EXTRA BX = RTYPE of the map */ \
  X(MAPASSIGN) /* R[a].p = slot of key R[c..] in map R[b], inserted (zero \
                 value) when absent; panics "assignment to entry in nil \
                 map" +1: EXTRA BX = alloc site (rtype: the map type) */ \
  X(MAPDELETE) /* delete(map R[a], key R[b..]) +1: EXTRA BX = RTYPE map */ \
  X(MAPLEN)   /* R[a].i = len(map R[b]) */ \
  X(MAPITERINIT) /* R[a .. a+RT_MAPITER_WORDS) = iterator over map R[b] */ \
  X(MAPITERNEXT) /* next entry of iterator R[a..]: R[b].p = key slot, \
                 R[b+1].p = value slot, R[b+2].u = found (false: done) */ \
  /* --- func values and closures (value.h "FUNC VALUES") -------------- */ \
  X(FUNCVAL)  /* R[a].p = &Module.funcvals[BX]: the static closure of \
                 function BX (a declared function used as a value) */ \
  X(CALLF)    /* call the func value R[b] (a closure object: its word 0 is \
                 the function index) with the frame at R[a], as CALL does; \
                 the callee's FuncInfo.closure_reg (if >= 0) receives \
                 R[b]. A nil R[b] panics as Go's SIGSEGV (addr=0) */ \
  /* --- goroutines and channels (issue 5): values cross in REGISTER \
     form; an op that must wait parks the goroutine (vm/sched.c) and \
     completes before it runs again ----------------------------------- */ \
  X(GO)       /* go F[BX](R[a .. a+param_words)): a new goroutine */ \
  X(GOF)      /* go R[b](R[a ..]): a new goroutine running the func value \
                 R[b] (its closure_reg gets R[b]); nil: the new \
                 goroutine panics (nil dereference) when it runs */ \
  X(GON)      /* +1 go of a native: R[a .. a+b) are its argument window, \
                 EXTRA BX its index (rt_natives); a new goroutine with no \
                 frame runs it from a DK_NATIVE record (sched_spawn_native) */ \
  X(MAKECHAN) /* R[a].p = make(chan, R[b].i) (b = 0xFFFF: unbuffered) +1: \
                 EXTRA BX = RTYPE of the channel type */ \
  X(CHANSEND) /* R[a] <- R[b ..] */ \
  X(CHANRECV) /* R[a ..] = <-R[b]; R[c].u = ok (c = 0xFFFF: no ok) */ \
  X(CHANCLOSE) /* close(R[a]) */ \
  X(CHANLEN)  /* R[a].i = len(chan R[b]) */ \
  X(CHANCAP)  /* R[a].i = cap(chan R[b]) */ \
  X(SELECT)   /* R[a].i = chosen case (-1: default), R[a+1].u = ok; \
                 b cases, c = 1 with a default +b: EXTRA per case, \
                 a = channel register, b = value registers (send: the \
                 value, receive: the destination), c = 1 for a send */ \
  /* --- interfaces (issue 7; runtime/iface.c) ------------------------- */ \
  X(CALLI)    /* call method EXTRA.b (index in the method list of the \
                 interface RTYPE[EXTRA.a]) of the interface R[b..b+1] with \
                 the frame at R[a], as CALL: R[a] = the data word (the \
                 receiver), the arguments after it. A nil interface \
                 panics as Go's SIGSEGV (addr=0) +1 */ \
  X(ASSERT)   /* R[a ..] = R[b..b+1].(RTYPE[c]): the unboxed value for a \
                 concrete type, the interface itself for an interface \
                 type +1: EXTRA.a = ok register (0xFFFF: none, failure \
                 panics with Go's TypeAssertionError text; with ok, \
                 failure zeroes R[a ..] and sets R[ok] = 0), EXTRA.b = \
                 RTYPE of the source's static interface type */ \
  X(IFEQ) X(IFNE) /* R[a].u = interface R[b..b+1] ==/!= R[c..c+1]; panics \
                 "comparing uncomparable type T" as Go */ \
  /* --- complex numbers (issue 7): a complex value is two registers, \
     R[x].f the real part and R[x+1].f the imaginary part; complex64 \
     parts are doubles holding float32 values, rounded with C64 after \
     every op as F32 rounds float32 (gc computes complex64 products and \
     quotients in float64 and narrows once, so this is exact). Every op \
     reads all its operands before writing, so a and b or c may overlap */ \
  X(ADDC) X(SUBC) /* R[a..a+1] = R[b..b+1] +/- R[c..c+1], part by part */ \
  X(MULC)     /* (ac - bd) + (ad + bc)i in that order, as gc's SSA */ \
  X(DIVC)     /* Go's runtime.complex128div (runtime/complex.c); never \
                 panics: x/0 gives Inf or NaN parts */ \
  X(NEGC)     /* R[a..a+1] = -R[b..b+1] */ \
  X(C64)      /* R[a..a+1] = R[b..b+1], both parts rounded to float32 */ \
  X(MKCPLX)   /* R[a].f = R[b].f; R[a+1].f = R[c].f  (complex(re, im)) */ \
  X(EQC) X(NEC) /* R[a].u = R[b..b+1] ==/!= R[c..c+1] (IEEE per part) */

typedef enum Opcode {
#define X(name) OP_##name,
  OPCODE_LIST(X)
#undef X
  OP__COUNT
} Opcode;

typedef struct Instr {
  uint16_t op, a, b, c;
} Instr;

#define INSTR_BX(i) ((uint32_t)(i).b | ((uint32_t)(i).c << 16))
#define INSTR_SBX(i) ((int32_t)INSTR_BX(i))
#define INSTR_SB(i) ((int16_t)(i).b)
#define INSTR_SC(i) ((int16_t)(i).c)

/* DEFER's c operand: how the deferred call reaches its callee. */
typedef enum DeferKind {
  DK_FUNC = 0,     /* a module function (or method): EXTRA's BX */
  DK_NATIVE = 1,   /* a native (rt_natives): EXTRA's BX */
  DK_CLOSURE = 2,  /* a func value: the closure object in R[EXTRA.a] */
  DK_CLOSE = 3,    /* the builtin close(R[a]) */
  DK_PANIC = 4,    /* the builtin panic(R[a .. a+1]) */
  DK_ONCE = 5,     /* never emitted: sync.Once.Do's call of f, a func value
                      (record.fn), whose end marks the Once in args[0] done
                      (dfr_call_go, runtime/sync.c) */
  DK_PRINT = 6,    /* the builtins print and println: R[a] operands, R[a+1]
                      1 for println, R[a+2 ..] their rt_PrintKinds, then
                      their words (rt_print_list) */
} DeferKind;

#endif /* OPCODES_H */
