./var_forms.go:11:13: &T{...} does not escape
