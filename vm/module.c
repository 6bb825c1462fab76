/*
** module.c — a compiled module's lifetime (mod_free) and its listing
** (mod_disasm, `vm disasm`).
**
** Ownership (what mod_free releases; the code generator allocates to match,
** each block with malloc/calloc/realloc):
**  - the Module struct itself, filename, abspath;
**  - funcs[], and in each FuncInfo its name, code, lines and ptrmap;
**  - consts[], strdata, global_ptrmap, native_vars[], funcvals[],
**    methods[] (with each method's name);
**  - rtypes[], and each RType block with the memory it alone points to: its
**    str, its fields[] (with each field's name) and its ptrmask. An RType's
**    elem, key and field types point at other RTypes of the same module
**    (rtypes[] lists every RType exactly once), so they are not freed
**    through those links.
**
** Listing format, one line per instruction:
**     INDEX  LINE  OPCODE    operands        ; what they mean
** with registers as rN, globals as gN, constants shown by value (strings
** quoted), callees by name, and jump targets as absolute indices.
*/
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "module.h"
#include "vm.h"

static void free_rtype(RType *t) {
  if (!t) return;
  free((void *)t->str);
  for (int k = 0; k < t->nfields; k++) free((void *)t->fields[k].name);
  free((void *)t->fields);
  for (int k = 0; k < t->nmethods; k++) free((void *)t->methods[k].name);
  free((void *)t->methods);
  free((void *)t->ptrmask);
  free(t);
}

void mod_free(Module *m) {
  if (!m) return;
  for (int k = 0; k < m->nfuncs; k++) {
    FuncInfo *f = &m->funcs[k];
    free(f->name);
    free(f->code);
    free(f->lines);
    free(f->ptrmap);
  }
  free(m->funcs);
  for (int k = 0; k < m->nrtypes; k++) free_rtype(m->rtypes[k]);
  free(m->rtypes);
  free(m->consts);
  free(m->strdata);
  free(m->global_ptrmap);
  free(m->native_vars);
  for (int k = 0; k < m->nsites; k++) {
    free(m->sites[k].what);
    free(m->sites[k].type);
    free(m->sites[k].reason);
  }
  free(m->sites);
  free(m->funcvals);
  for (int k = 0; k < m->nmethods; k++) free(m->methods[k].name);
  free(m->methods);
  for (int k = 0; k < m->nfiles; k++) {
    free(m->files[k]);
    free(m->abspaths[k]);
  }
  free(m->files);
  free(m->abspaths);
  free(m->filename);
  free(m->abspath);
  free(m);
}

const char *mod_file(const Module *m, int i) {
  if (i >= 0 && i < m->nfiles && m->files[i]) return m->files[i];
  return m->filename ? m->filename : "?";
}

const char *mod_abspath(const Module *m, int i) {
  if (i >= 0 && i < m->nfiles && m->abspaths[i]) return m->abspaths[i];
  return m->abspath ? m->abspath : mod_file(m, i);
}

/* ----------------------------------------------------------------------
** Disassembly
** ---------------------------------------------------------------------- */

typedef struct Out { VM *vm; char line[512]; size_t len; } Out;

static void out(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Out *o, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(o->line + o->len, sizeof o->line - o->len, fmt, ap);
  va_end(ap);
  if (n > 0) o->len += (size_t)n < sizeof o->line - o->len ? (size_t)n : sizeof o->line - o->len - 1;
}

static void out_end(Out *o) {
  while (o->len > 0 && o->line[o->len - 1] == ' ') o->len--;
  o->line[o->len++] = '\n';
  vm_write(o->vm, VM_STDOUT, o->line, o->len);
  o->len = 0;
}

/* A string constant's text, quoted and cut at 40 bytes. */
static void out_quoted(Out *o, const uint8_t *p, int64_t n) {
  out(o, "\"");
  for (int64_t k = 0; k < n && k < 40; k++) {
    uint8_t c = p[k];
    if (c == '"' || c == '\\') out(o, "\\%c", c);
    else if (c == '\n') out(o, "\\n");
    else if (c == '\t') out(o, "\\t");
    else if (c < 0x20 || c == 0x7f) out(o, "\\x%02x", c);
    else out(o, "%c", c);
  }
  out(o, n > 40 ? "\"..." : "\"");
}

static bool in_strdata(const Module *m, const void *p, int64_t n) {
  const char *c = p;
  return m->strdata && c >= m->strdata && n >= 0 &&
         (size_t)(c - m->strdata) + (size_t)n <= m->strdata_len;
}

static void out_const(Out *o, const Module *m, uint32_t k, bool pair) {
  if (k >= (uint32_t)m->nconsts || (pair && k + 1 >= (uint32_t)m->nconsts)) {
    out(o, "K[%" PRIu32 "] (out of range)", k);
    return;
  }
  Word w = m->consts[k];
  if (pair) {
    Word n = m->consts[k + 1];
    if (n.i == 0 || in_strdata(m, w.cp, n.i)) out_quoted(o, w.cp, n.i);
    else out(o, "{%#" PRIx64 ", %" PRId64 "}", w.u, n.i);
  } else {
    out(o, "%" PRId64, w.i);
    if (w.i < -1000000 || w.i > 1000000) out(o, " (%#" PRIx64 ", %g)", w.u, w.f);
  }
}

static int target(int pc, int32_t off) { return pc + 1 + off; }

/* Operands of instruction [pc], decoded by opcode family. */
static void out_operands(Out *o, const Module *m, const FuncInfo *f, int pc) {
  Instr i = f->code[pc];
  Instr x = pc + 1 < f->ncode ? f->code[pc + 1] : (Instr){0, 0, 0, 0};
  switch ((Opcode)i.op) {
  case OP_NOP: case OP_RET: case OP_UNREACHABLE: break;
  case OP_EXTRA: out(o, "%u %u %u  ; operands of the instruction above", i.a, i.b, i.c); break;
  case OP_MOV: case OP_MOV2: case OP_NEG: case OP_BNOT: case OP_NOT:
  case OP_SEXT8: case OP_SEXT16: case OP_SEXT32: case OP_ZEXT8: case OP_ZEXT16:
  case OP_ZEXT32: case OP_NEGF: case OP_F32: case OP_I2F: case OP_U2F:
  case OP_F2I: case OP_F2U: case OP_F2I32: case OP_SLEN: case OP_SLLEN:
  case OP_SLCAP: case OP_STRRUNE: case OP_NEGC: case OP_C64:
    out(o, "r%u r%u", i.a, i.b);
    break;
  case OP_MOVN: out(o, "r%u r%u %u  ; %u words", i.a, i.b, i.c, i.c); break;
  case OP_ZERO: out(o, "r%u %u  ; %u words", i.a, i.b, i.b); break;
  case OP_LOADI: out(o, "r%u %" PRId32, i.a, INSTR_SBX(i)); break;
  case OP_LOADK: case OP_LOADK2:
    out(o, "r%u K%" PRIu32 "  ; ", i.a, INSTR_BX(i));
    out_const(o, m, INSTR_BX(i), i.op == OP_LOADK2);
    break;
  case OP_GETG: out(o, "r%u g%u %u", i.a, i.b, i.c); break;
  case OP_SETG: out(o, "g%u r%u %u", i.a, i.b, i.c); break;
  case OP_SHLI: case OP_SHRI: case OP_SHRUI:
    out(o, "r%u r%u %u", i.a, i.b, i.c);
    break;
  case OP_ADDI: case OP_MULI: out(o, "r%u r%u %d", i.a, i.b, INSTR_SC(i)); break;
  case OP_DIVK: case OP_REMK:
    out(o, "r%u r%u K%u  ; by ", i.a, i.b, x.a);
    out_const(o, m, x.a, false);
    out(o, " (magic K%u, shift %u)", x.b, i.c);
    break;
  case OP_CHKSHIFT: out(o, "r%u", i.a); break;
  case OP_INCR: out(o, "r%u %d", i.a, INSTR_SB(i)); break;
  case OP_JMP: case OP_LOOP:
    out(o, "-> %d", target(pc, INSTR_SBX(i)));
    break;
  case OP_JT: case OP_JF:
    out(o, "r%u -> %d", i.a, target(pc, INSTR_SBX(i)));
    break;
  case OP_JEQ: case OP_JNE: case OP_JLT: case OP_JLE: case OP_JLTU: case OP_JLEU:
  case OP_JLTF: case OP_JLEF: case OP_JEQF: case OP_JNEF: case OP_JNLTF: case OP_JNLEF:
    out(o, "r%u r%u -> %d", i.a, i.b, target(pc, INSTR_SC(i)));
    break;
  case OP_JEQI: case OP_JNEI: case OP_JLTI: case OP_JLEI: case OP_JGTI: case OP_JGEI:
    out(o, "r%u %d -> %d", i.a, INSTR_SB(i), target(pc, INSTR_SC(i)));
    break;
  case OP_CALL: {
    uint32_t k = INSTR_BX(i);
    out(o, "r%u F%" PRIu32 "  ; %s", i.a, k,
        k < (uint32_t)m->nfuncs && m->funcs[k].name ? m->funcs[k].name : "?");
    break;
  }
  case OP_CALLN: {
    uint32_t k = INSTR_BX(i);
    if (k < (uint32_t)rt_nnatives)
      out(o, "r%u N%" PRIu32 "  ; %s.%s", i.a, k, rt_natives[k].pkg, rt_natives[k].name);
    else
      out(o, "r%u N%" PRIu32 "  ; ?", i.a, k);
    break;
  }
  case OP_SSLICE:
    out(o, "r%u r%u[", i.a, i.b);
    if (x.c & 1) out(o, "r%u", x.a);
    out(o, ":");
    if (x.c & 2) out(o, "r%u", x.b);
    out(o, "]");
    break;
  case OP_SLSLICE: case OP_SLSLICEA:
    out(o, "r%u r%u[", i.a, i.b);
    if (x.a != 0xFFFF) out(o, "r%u", x.a);
    out(o, ":");
    if (x.b != 0xFFFF) out(o, "r%u", x.b);
    if (x.c != 0xFFFF) out(o, ":r%u", x.c);
    out(o, "]  ; element %u bytes", i.c);
    break;
  case OP_SLLOAD:
    out(o, "r%u r%u [r%u] %u  ; element %u bytes", i.a, i.b, x.a, i.c, x.b);
    break;
  case OP_FRAMESLICE: out(o, "r%u &r%u %u", i.a, i.b, i.c); break;
  case OP_FUNCVAL: {
    uint32_t k = INSTR_BX(i);
    out(o, "r%u F%" PRIu32 "  ; func value %s", i.a, k,
        k < (uint32_t)m->nfuncs && m->funcs[k].name ? m->funcs[k].name : "?");
    break;
  }
  case OP_CALLF: out(o, "r%u r%u  ; call through the func value in r%u", i.a, i.b, i.b); break;
  case OP_FRAMEADDR: out(o, "r%u &r%u", i.a, i.b); break;
  case OP_BOUNDS: out(o, "r%u r%u", i.a, i.b); break;
  case OP_SL2AP: out(o, "r%u r%u %u  ; to *[%u]T", i.a, i.b, i.c, i.c); break;
  case OP_MKIFACE: case OP_MKIFACEB: case OP_MKIFACES:
    out(o, "r%u r%u T%u  ; %s", i.a, i.b, i.c,
        i.c < m->nrtypes && m->rtypes[i.c] && m->rtypes[i.c]->str ? m->rtypes[i.c]->str : "?");
    break;
  case OP_PRINT: {
    static const char *const kinds[] = {"bool", "int", "uint", "float", "string",
                                        "pointer", "complex", "slice", "interface", "space", "newline"};
    out(o, "r%u %s", i.a, i.b < sizeof kinds / sizeof kinds[0] ? kinds[i.b] : "?");
    break;
  }
  case OP_LD8S: case OP_LD8U: case OP_LD16S: case OP_LD16U: case OP_LD32S:
  case OP_LD32U: case OP_LD64: case OP_LDF32:
    out(o, "r%u [r%u+%u]", i.a, i.b, i.c);
    break;
  case OP_ST8: case OP_ST16: case OP_ST32: case OP_ST64: case OP_STF32: case OP_STP:
    out(o, "[r%u+%u] r%u", i.a, i.c, i.b);
    break;
  case OP_MEMMOVE: out(o, "[r%u] [r%u] %u  ; %u bytes", i.a, i.b, i.c, i.c); break;
  case OP_NILCHK: out(o, "r%u", i.a); break;
  case OP_NEW: out(o, "r%u S%" PRIu32, i.a, INSTR_BX(i)); break;
  case OP_INDEXADDR:
    out(o, "r%u r%u [r%u]  ; length r%u, element %" PRIu32 " bytes", i.a, i.b, i.c, x.a,
        INSTR_BX(x));
    break;
  case OP_RLOAD: out(o, "r%u r%u [r%u]  ; length r%u, element %u words", i.a, i.b, i.c, x.b, x.a); break;
  case OP_RSTORE: out(o, "r%u [r%u] r%u  ; length r%u, element %u words", i.a, i.c, i.b, x.b, x.a); break;
  case OP_CONCATS:
    if (x.a == 0xFFFF) out(o, "r%u r%u %u strings S%" PRIu32, i.a, i.b, i.c, INSTR_BX(x));
    else out(o, "r%u r%u %u strings buf r%u S%" PRIu32, i.a, i.b, i.c, x.a, INSTR_BX(x));
    break;
  case OP_MAKESLICE: case OP_GROWSLICE: case OP_APPENDSL:
  case OP_MAKEMAP: case OP_MAPASSIGN:
    out(o, "r%u r%u r%u S%" PRIu32, i.a, i.b, i.c, INSTR_BX(x));
    break;
  case OP_MAPACCESS: case OP_MAPDELETE:
    out(o, "r%u r%u r%u T%" PRIu32, i.a, i.b, i.c, INSTR_BX(x));
    break;
  case OP_COPYSL: out(o, "r%u r%u r%u T%" PRIu32, i.a, i.b, i.c, INSTR_BX(x)); break;
  case OP_STR2BYTES: case OP_BYTES2STR: case OP_STR2RUNES: case OP_RUNES2STR:
    out(o, "r%u r%u S%u", i.a, i.b, i.c);
    break;
  case OP_CONVB:
    out(o, "r%u r%u %s buf r%u S%" PRIu32, i.a, i.b,
        i.c == 0 ? "[]byte" : i.c == 1 ? "string(bytes)" : i.c == 2 ? "[]rune" : "string(runes)", x.a,
        INSTR_BX(x));
    break;
  case OP_PANIC: out(o, "r%u", i.a); break;
  case OP_GO: out(o, "r%u F%" PRIu32 "  ; %s", i.a, INSTR_BX(i),
                  INSTR_BX(i) < (uint32_t)m->nfuncs && m->funcs[INSTR_BX(i)].name
                      ? m->funcs[INSTR_BX(i)].name : "?");
    break;
  case OP_MAKECHAN: out(o, "r%u r%u T%" PRIu32, i.a, i.b, INSTR_BX(x)); break;
  case OP_GOF: out(o, "r%u r%u", i.a, i.b); break;
  case OP_GON: out(o, "r%u n%u", i.a, i.b); break;
  case OP_CHANSEND: out(o, "r%u <- r%u", i.a, i.b); break;
  case OP_CHANCLOSE: out(o, "r%u", i.a); break;
  case OP_SELECT: out(o, "r%u cases %u default %u", i.a, i.b, i.c); break;
  case OP_PANICIDX: out(o, "r%u r%u", i.a, i.b); break;
  default: out(o, "r%u r%u r%u", i.a, i.b, i.c); break;  /* three registers */
  }
}

static const char *const opnames[] = {
#define X(name) #name,
    OPCODE_LIST(X)
#undef X
};

/* The alloc site an allocating instruction names, or -1. */
static long site_of(const FuncInfo *f, int pc) {
  Instr i = f->code[pc];
  Instr x = pc + 1 < f->ncode ? f->code[pc + 1] : (Instr){0, 0, 0, 0};
  switch ((Opcode)i.op) {
  case OP_NEW: return (long)INSTR_BX(i);
  case OP_MAKESLICE: case OP_GROWSLICE: case OP_APPENDSL: case OP_CONCATS:
  case OP_MKIFACES: case OP_MAKEMAP: case OP_MAPASSIGN: case OP_CONVB:
    return (long)INSTR_BX(x);
  case OP_STR2BYTES: case OP_BYTES2STR: case OP_STR2RUNES: case OP_RUNES2STR:
  case OP_FRAMEADDR:
    return i.c;
  default: return -1;
  }
}

static void out_site(Out *o, const Module *m, long k) {
  const AllocSite *s = &m->sites[k];
  out(o, "site %ld: %s %s (%s)", k, s->what ? s->what : s->kind, s->decision, s->reason);
}

static void disasm_func(Out *o, const Module *m, int k) {
  const FuncInfo *f = &m->funcs[k];
  out(o, "func F%d %s  ; line %d, params %d, results %d, frame %d words, ptrs {", k,
      f->name ? f->name : "?", f->decl_line, f->param_words, f->result_words,
      f->frame_words);
  bool first = true;
  for (int w = 0; f->ptrmap && w < f->frame_words; w++) {
    if (f->ptrmap[w >> 3] >> (w & 7) & 1) {
      out(o, first ? "r%d" : " r%d", w);
      first = false;
    }
  }
  out(o, "}");
  out_end(o);
  for (int pc = 0; pc < f->ncode; pc++) {
    Instr i = f->code[pc];
    out(o, "  %04d %4d  %-10s ", pc, f->lines ? f->lines[pc] : 0,
        i.op < OP__COUNT ? opnames[i.op] : "???");
    out_operands(o, m, f, pc);
    long site = site_of(f, pc);
    if (site >= 0 && site < m->nsites) {
      out(o, "  ; ");
      out_site(o, m, site);
    }
    out_end(o);
  }
}

void mod_disasm(VM *vm, const Module *m) {
  Out o = {.vm = vm};
  out(&o, "; %s: %d functions, %d constants, %d globals words, main F%d, init F%d",
      m->filename ? m->filename : "?", m->nfuncs, m->nconsts, m->global_words,
      m->main_func, m->init_func);
  out_end(&o);
  if (m->nsites > 0) {
    out(&o, "; alloc sites: %d", m->nsites);
    out_end(&o);
    for (int k = 0; k < m->nsites; k++) {
      const AllocSite *s = &m->sites[k];
      out(&o, ";   S%d %s:%d:%d %s %s type %s size %" PRId64 ": %s (%s)", k,
          mod_file(m, s->file), s->line, s->col, s->kind,
          s->what ? s->what : "", s->type ? s->type : "?", s->size, s->decision, s->reason);
      out_end(&o);
    }
  }
  for (int k = 0; k < m->nrtypes; k++) {   /* method tables */
    const RType *t = m->rtypes[k];
    if (!t || t->mcount <= 0) continue;
    out(&o, "; methods of %s:", t->str ? t->str : "?");
    for (int j = t->mfirst; j < t->mfirst + t->mcount && j < m->nmethods; j++)
      out(&o, " %s%s=F%d", m->methods[j].ptr_recv ? "*" : "", m->methods[j].name, m->methods[j].func);
    out_end(&o);
  }
  for (int k = 0; k < m->nfuncs; k++) {
    out_end(&o);
    disasm_func(&o, m, k);
  }
}
