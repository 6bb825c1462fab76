package main

func join(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func join2(parts []string) string {
	s := ""
	for _, p := range parts {
		s = s + p
	}
	return s
}

func join3(parts []string) string {
	s := "x"
	s += parts[0]
	return s
}

func cat(a, b string) string {
	a += b
	return a
}

func main() {
	println(join(nil), join2(nil), join3(nil), cat("", ""))
}
