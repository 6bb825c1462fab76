package main

import (
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Tag struct{ k, v string }

func (t Tag) String() string { return t.k + "=" + t.v }

type Entry struct {
	Lvl   Level
	Tags  []Tag
	Attrs map[string]Level
	Ptr   *Tag
	lvl   Level // unexported: Go does not call String
	Any   interface{}
}

type Matrix [2][2]Level

type List []Level

func (l List) String() string {
	var parts []string
	for _, x := range l {
		parts = append(parts, x.String())
	}
	return "List<" + strings.Join(parts, ",") + ">"
}

type Temp float32

func (t Temp) String() string { return fmt.Sprintf("%.2f deg", float32(t)) }

type Pair struct {
	A, B fmt.Stringer
}

func main() {
	e := Entry{1, []Tag{{"a", "1"}, {"b", "2"}}, map[string]Level{"x": 0, "y": 5}, &Tag{"p", "q"}, 1, Level(0)}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(Matrix{{0, 1}, {2, 3}})
	fmt.Println(List{0, 1, 7}, []Level{0, 1})
	fmt.Printf("%s|%q|%x\n", List{1}, Level(1), Level(0))
	fmt.Println(map[Level]Tag{1: {"k", "v"}, 0: {"z", "y"}})
	fmt.Println(Temp(36.6), []Temp{1.5, 2.25})
	var s fmt.Stringer = Level(1)
	fmt.Println(s, Pair{Level(0), Tag{"x", "y"}}, Pair{})
	fmt.Printf("%d %v %s\n", Level(1), Level(1), Level(9))
	fmt.Printf("%T %T\n", s, List{})
	fmt.Printf("%08v|%-10s|%10q\n", Level(1), Tag{"a", "b"}, Level(0))
	fmt.Print(Level(0), Level(1), "\n")
	fmt.Print(Level(0), "x", Level(1), "\n")
}
