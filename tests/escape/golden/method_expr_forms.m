./method_expr_forms.go:10:7: p does not escape
./method_expr_forms.go:11:47: ... argument does not escape
./method_expr_forms.go:11:60: p.X escapes to heap
./method_expr_forms.go:11:65: p.Y escapes to heap
./method_expr_forms.go:13:12: f does not escape
./method_expr_forms.go:20:2: moved to heap: p
./method_expr_forms.go:17:13: ... argument does not escape
./method_expr_forms.go:17:17: add(Pt{...}, Pt{...}) escapes to heap
./method_expr_forms.go:18:13: ... argument does not escape
./method_expr_forms.go:18:19: apply(Pt.Add, Pt{...}, Pt{...}) escapes to heap
./method_expr_forms.go:22:13: ... argument does not escape
./method_expr_forms.go:22:13: p escapes to heap
./method_expr_forms.go:24:13: ... argument does not escape
./method_expr_forms.go:24:17: str(&p) escapes to heap
./method_expr_forms.go:24:29: Pt.Str(p) escapes to heap
./method_expr_forms.go:25:13: ... argument does not escape
./method_expr_forms.go:25:30: Pt.Str(.autotmp_4) escapes to heap
./method_expr_forms.go:26:12: ... argument does not escape
./method_expr_forms.go:27:34: map[string]func(Pt) string{...} does not escape
./method_expr_forms.go:28:13: ... argument does not escape
./method_expr_forms.go:28:21: ms["s"](Pt{...}) escapes to heap
