/*
** test_iolib.c — the I/O library's natives (runtime/lib_io.c, lib_bufio.c,
** fmtlib.c, fmtscan.c) where they call Go code: a Go-defined io.Writer
** under fmt.Fprintf and bufio.Writer, a Go io.Reader under bufio.Scanner
** and fmt.Fscan, a Go split function; each on a tiny stack that must grow
** and move (copying) or chain segments while the Go method runs deep
** recursion, with a collection at every allocation, so that a native that
** kept a stale pointer into the stack or an unrooted heap object shows up
** as wrong output. Also: unflushed bufio output is lost at exit, and the
** output order of buffered and direct writes is Go's.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "vmasm.h"

/* A writer and a reader whose methods recurse [depth] frames first (the
** stack grows and moves under the native that called them) and allocate
** (collections run meanwhile). */
static const char prelude[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"bufio\"\n"
    "\t\"fmt\"\n"
    "\t\"io\"\n"
    "\t\"os\"\n"
    "\t\"strings\"\n"
    ")\n"
    "\n"

    "func deep(n int) int {\n"
    "\tvar pad [32]int\n"
    "\tpad[n%32] = n\n"
    "\tif n == 0 {\n"
    "\t\treturn 0\n"
    "\t}\n"
    "\treturn deep(n-1) + pad[n%32] - n\n"
    "}\n"
    "\n"
    "type deepWriter struct{ got []string }\n"
    "\n"
    "func (w *deepWriter) Write(p []byte) (int, error) {\n"
    "\tdeep(60)\n"
    "\tw.got = append(w.got, string(p))\n"
    "\treturn len(p), nil\n"
    "}\n"
    "\n"
    "type deepReader struct{ s string }\n"
    "\n"
    "func (r *deepReader) Read(p []byte) (int, error) {\n"
    "\tdeep(60)\n"
    "\tif r.s == \"\" {\n"
    "\t\treturn 0, io.EOF\n"
    "\t}\n"
    "\tn := copy(p, r.s[:1])\n"
    "\tr.s = r.s[n:]\n"
    "\treturn n, nil\n"
    "}\n"
    "\n"
    "\n"
    "// every import used, whatever the body\n"
    "var _ = os.Stdout\n"
    "var _ = bufio.ScanWords\n"
    "\n"
    "func unused() string { return fmt.Sprint(strings.ToUpper(\"x\")) }\n";

/* Runs prelude + [body] with a [stack]-byte stack in [mode], collecting at
** every allocation; checks stdout and the exit status. */
static void run(const char *body, size_t stack, int mode, const char *want_out, int want_status) {
  size_t n = strlen(prelude) + strlen(body) + 1;
  char *src = malloc(n);
  strcpy(src, prelude);
  strcat(src, body);
  Captured *c = calloc(1, sizeof *c);
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = asm_capture;
  cfg.userdata = c;
  cfg.stack_size = stack;
  cfg.stack_mode = mode;
  cfg.gcstress = 1;
  VM *vm = vm_new(&cfg);
  cr_assert_eq(vm_load_string(vm, "iolib_test.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  vm_run_main(vm);
  cr_expect_eq(vm_exit_status(vm), want_status, "stderr:\n%s", c->err);
  cr_expect_str_eq(c->out, want_out, "stderr:\n%s", c->err);
  vm_free(vm);
  free(c);
  free(src);
}

static const char writer_body[] =
    "func main() {\n"
    "\tw := &deepWriter{}\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tn, err := fmt.Fprintf(w, \"%d:%s\", i, strings.Repeat(\"x\", i))\n"
    "\t\tprintln(n, err == nil)\n"
    "\t}\n"
    "\tbw := bufio.NewWriterSize(w, 4)\n"
    "\tbw.WriteString(\"abcdefghij\")\n"
    "\tbw.Flush()\n"
    "\tfmt.Println(strings.Join(w.got, \"|\"))\n"
    "}\n";

Test(iolib, go_writer_moving_stack) {
  run(writer_body, 256, VM_STACK_COPY, "0:|1:x|2:xx|abcd|efgh|ij\n", 0);
}

Test(iolib, go_writer_segmented_stack) {
  run(writer_body, 256, VM_STACK_SEGMENTED, "0:|1:x|2:xx|abcd|efgh|ij\n", 0);
}

static const char reader_body[] =
    "func main() {\n"
    "\tsc := bufio.NewScanner(&deepReader{s: \"one two\\nthree\"})\n"
    "\tsc.Split(func(data []byte, atEOF bool) (int, []byte, error) {\n"
    "\t\tdeep(40)\n"
    "\t\treturn bufioLines(data, atEOF)\n"
    "\t})\n"
    "\tfor sc.Scan() {\n"
    "\t\tfmt.Printf(\"[%s]\", sc.Text())\n"
    "\t}\n"
    "\tvar a, b int\n"
    "\tvar s string\n"
    "\tn, err := fmt.Fscan(&deepReader{s: \"12 34 end\"}, &a, &b, &s)\n"
    "\tfmt.Println(n, err, a+b, s)\n"
    "\tdata, _ := io.ReadAll(&deepReader{s: \"all\"})\n"
    "\tfmt.Println(string(data))\n"
    "}\n"
    "\n"
    "func bufioLines(data []byte, atEOF bool) (int, []byte, error) {\n"
    "\tfor i, c := range data {\n"
    "\t\tif c == '\\n' {\n"
    "\t\t\treturn i + 1, data[:i], nil\n"
    "\t\t}\n"
    "\t}\n"
    "\tif atEOF && len(data) > 0 {\n"
    "\t\treturn len(data), data, nil\n"
    "\t}\n"
    "\treturn 0, nil, nil\n"
    "}\n";

Test(iolib, go_reader_and_split_moving_stack) {
  run(reader_body, 256, VM_STACK_COPY, "[one two][three]3 <nil> 46 end\nall\n", 0);
}

Test(iolib, go_reader_and_split_segmented_stack) {
  run(reader_body, 256, VM_STACK_SEGMENTED, "[one two][three]3 <nil> 46 end\nall\n", 0);
}

Test(iolib, unflushed_bufio_output_is_lost) {
  run("func main() {\n"
      "\tw := bufio.NewWriter(os.Stdout)\n"
      "\tfmt.Fprint(w, \"lost\")\n"
      "\tfmt.Print(\"kept\")\n"
      "\tos.Exit(4)\n"
      "}\n",
      0, VM_STACK_COPY, "kept", 4);
}

Test(iolib, buffered_and_direct_writes_keep_go_order) {
  run("func main() {\n"
      "\tw := bufio.NewWriterSize(os.Stdout, 8)\n"
      "\tw.WriteString(\"ab\")\n"
      "\tos.Stdout.WriteString(\"1\")\n"
      "\tw.WriteString(\"cdefghij\")\n"
      "\tfmt.Print(\"2\")\n"
      "\tw.Flush()\n"
      "}\n",
      0, VM_STACK_COPY, "1abcdefgh2ij", 0);
}
