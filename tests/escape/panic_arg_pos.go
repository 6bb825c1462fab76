package main

// panic's conversion of a non-constant argument is reported at the last
// operand gc's type checker visited, not at the operator.
type P struct{ f float64 }

func g() int { return 1 }

func f(x, y float64, n int, a []int, p *P, s string) {
	switch n {
	case 1:
		panic(2 * x)
	case 2:
		panic(x + y)
	case 3:
		panic(g() + 1)
	case 4:
		panic(a[n] + 1)
	case 5:
		panic(p.f * 2)
	case 6:
		panic(x)
	case 7:
		panic(-(x + y))
	case 8:
		panic(1 + 2*x)
	case 9:
		panic(a[0])
	case 10:
		panic(s + "b")
	}
}

func main() { f(1, 2, 0, nil, nil, "") }
