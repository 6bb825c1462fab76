package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type V struct{ X, Y int }

func (v V) String() string   { return fmt.Sprintf("<%d;%d>", v.X, v.Y) }
func (v V) GoString() string { return fmt.Sprintf("V(%d,%d)", v.X, v.Y) }

type Plain struct{ A Color }

type Bytes []byte

func (b Bytes) String() string { return fmt.Sprintf("%d bytes", len(b)) }

func main() {
	c := Color(1)
	fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", c, c, c, c, c, c, c)
	fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", c, c, c, c, c)
	v := V{1, 2}
	fmt.Printf("%v|%+v|%#v|%s|%d\n", v, v, v, v, v)
	fmt.Printf("%v|%+v|%#v\n", &v, []V{v}, []V{v})
	fmt.Printf("%v|%+v|%#v\n", Plain{2}, Plain{0}, Plain{1})
	fmt.Printf("%v|%s|%x|%d\n", Bytes("hey"), Bytes("hey"), Bytes("hey"), Bytes("hey"))
	fmt.Println(c, &v, []Color{0, 1, 2}, [2]Color{2, 1}, map[Color]V{0: {3, 4}})
	fmt.Print(c, v, "\n")
	fmt.Printf("%v %v\n", []interface{}{c, v, nil, 3}, struct {
		C Color
		c Color
	}{1, 2})
	fmt.Printf("%t|%e|%c|%U\n", c, c, c, c)
	s := fmt.Sprintf("%[2]v %[1]s %v", c, v)
	fmt.Println(s)
}
