// A small tokenizer over []rune producing a slice of token structs, then a
// recursive-descent evaluator of arithmetic expressions with variables in a
// map.
package main

import "fmt"

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokKind
	Text string
	Val  int
}

func tokenize(src string) []Token {
	rs := []rune(src)
	var toks []Token
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == ' ':
			i++
		case r >= '0' && r <= '9':
			v := 0
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				v = v*10 + int(rs[j]-'0')
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), v})
			i = j
		case r >= 'a' && r <= 'z' || r == 'π':
			j := i
			for j < len(rs) && (rs[j] >= 'a' && rs[j] <= 'z' || rs[j] == 'π') {
				j++
			}
			toks = append(toks, Token{Kind: IDENT, Text: string(rs[i:j])})
			i = j
		case r == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case r == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		default:
			toks = append(toks, Token{Kind: OP, Text: string(r)})
			i++
		}
	}
	return toks
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		if t.Text == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *Parser) factor() int {
	t := p.peek()
	p.pos++
	switch t.Kind {
	case NUM:
		return t.Val
	case IDENT:
		return p.vars[t.Text]
	case LPAREN:
		v := p.expr()
		p.pos++ // ')'
		return v
	case OP:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	return 0
}

func main() {
	src := "(x + 12) * 3 - y / (2 + π)"
	toks := tokenize(src)
	for _, t := range toks {
		fmt.Printf("%d:%q ", t.Kind, t.Text)
	}
	fmt.Println(len(toks))
	vars := map[string]int{"x": 2, "y": 50, "π": 3}
	p := &Parser{toks: toks, vars: vars}
	fmt.Println(p.expr())
	for _, s := range []string{"1+2*3", "(1+2)*3", "-4*-(2+1)", "x*x*x - unknown", "100/7/2"} {
		q := Parser{toks: tokenize(s), vars: vars}
		fmt.Printf("%-16s = %d\n", s, q.expr())
	}
}
